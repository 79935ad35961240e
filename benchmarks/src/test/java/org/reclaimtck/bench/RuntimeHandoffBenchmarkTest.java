package org.reclaimtck.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
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
        RunResult result = JmhSmoke.runOnce(RuntimeHandoffBenchmark.class, "tasks", "2", "policy", "ROUND_ROBIN",
                "pointsPerRun", "256");
        assertTrue(result.getPrimaryResult().getScore() > 0);
        assertFalse(result.getSecondaryResults().isEmpty(), "aux counters points/handoffs missing");
        assertTrue(result.getSecondaryResults().get("points").getScore() > 0);
    }
}
