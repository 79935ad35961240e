package org.reclaimtck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.reclaimtck.spi.kernel.RunStatistics;
import org.reclaimtck.spi.kernel.SchedulePolicy;

/** The benchmark's workload runs to completion and counts its points; the JMH harness was generated and runs. */
class RuntimeHandoffBenchmarkTest {

    @Test
    void workloadCompletesAndCountsEveryPoint() {
        for (SchedulePolicy policy : new SchedulePolicy[] {SchedulePolicy.ROUND_ROBIN, SchedulePolicy.RANDOM}) {
            RunStatistics stats = RuntimeHandoffBenchmark.checked(RuntimeHandoffBenchmark
                    .bootAndSpawn(new ReferenceKernelProvider(), 7, policy, 8, 100).run());
            assertTrue(stats.schedulingPoints() >= 8 * 100, policy + ": " + stats);
            assertTrue(stats.contextSwitches() > 0, policy + ": " + stats);
            assertTrue(stats.contextSwitches() <= stats.schedulingPoints(), policy + ": " + stats);
        }
    }

    @Test
    void jmhHarnessRuns() throws Exception {
        Options options = new OptionsBuilder()
                .include(RuntimeHandoffBenchmark.class.getName())
                .param("tasks", "2")
                .param("policy", "ROUND_ROBIN")
                .param("pointsPerRun", "256")
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
        assertFalse(result.getSecondaryResults().isEmpty(), "aux counters points/handoffs missing");
        assertTrue(result.getSecondaryResults().get("points").getScore() > 0);
    }
}
