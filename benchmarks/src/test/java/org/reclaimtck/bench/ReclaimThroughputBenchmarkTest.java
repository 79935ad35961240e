package org.reclaimtck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;

/** The S6 workload reclaims (writes three times memory, so at least twice memory is reclaimed); the harness runs. */
class ReclaimThroughputBenchmarkTest {

    @Test
    void memorySizesAreFourKibPages() {
        assertEquals(262_144, ReclaimThroughputBenchmark.pages("1g"));
        assertEquals(4_194_304, ReclaimThroughputBenchmark.pages("16g"));
        assertEquals(1024, ReclaimThroughputBenchmark.pages("4m"));
    }

    @Test
    void theStreamingWriterReclaimsAtLeastTwiceMemory() {
        long pages = ReclaimThroughputBenchmark.pages("4m");
        long reclaimed = ReclaimThroughputBenchmark.reclaimed(
                ReclaimThroughputBenchmark.bootS6(new ReferenceKernelProvider(), pages, 3).run());
        assertTrue(reclaimed >= 2 * pages - pages / 4, "reclaimed " + reclaimed + " of " + 3 * pages + " written");
        assertTrue(reclaimed <= 3 * pages + 64, "reclaimed " + reclaimed + " of " + 3 * pages + " written");
    }

    @Test
    void jmhHarnessRuns() throws Exception {
        Options options = new OptionsBuilder()
                .include(ReclaimThroughputBenchmark.class.getName())
                .param("memory", "4m")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertEquals(1, results.size());
        RunResult result = results.iterator().next();
        assertTrue(result.getPrimaryResult().getScore() > 0);
        assertTrue(result.getSecondaryResults().get("reclaimed").getScore() > 0, "aux counter reclaimed missing");
    }
}
