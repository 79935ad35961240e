package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.providers.HangingProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** A provider whose run() never returns fails its case through the watchdog, with the task dump, and the run goes on. */
class WatchdogTest {
    @Test
    void hangingRunFailsEachSeedWithTheTaskDump() {
        long start = System.nanoTime();
        EngineExecutionResults r = TckRun.named("hanging").provider(HangingProvider.class)
                .param("reclaimtck.case", "runtime/msleep,runtime/orphan-completion")
                .param("reclaimtck.seeds", "2").param("reclaimtck.timeout", "300ms").execute();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        r.containerEvents().assertStatistics(s -> s.failed(0));
        r.testEvents().assertStatistics(s -> s.started(4).failed(4));
        List<RuleViolation> failures = Outcomes.violations(r);
        assertThat(failures).allSatisfy(v -> {
            assertThat(v.outcomeKind()).isEqualTo("WATCHDOG");
            assertThat(v.traceHash()).isEmpty();
            assertThat(v.getMessage())
                    .contains("watchdog: run() did not return within 300ms of wall-clock time (reclaimtck.timeout)")
                    .contains("tasks when the watchdog fired:");
        });
        assertThat(failures).filteredOn(v -> v.caseId().equals("runtime/msleep")).hasSize(2)
                .allSatisfy(v -> assertThat(v.getMessage()).containsPattern("sleeper +pid \\d+ +RUNNABLE"));
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }
}
