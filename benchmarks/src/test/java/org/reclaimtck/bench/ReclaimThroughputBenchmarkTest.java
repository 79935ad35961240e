package org.reclaimtck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
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
        RunResult result = JmhSmoke.runOnce(ReclaimThroughputBenchmark.class, "memory", "4m");
        assertTrue(result.getPrimaryResult().getScore() > 0);
        assertTrue(result.getSecondaryResults().get("reclaimed").getScore() > 0, "aux counter reclaimed missing");
    }
}
