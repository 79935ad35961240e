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

/**
 * A provider whose run() never returns fails its case through the watchdog, with the task dump, and the run goes on;
 * the later seeds of a case that outlived the watchdog are not run (aborted, with the reason), so a hanging case costs
 * one timeout, not one per seed.
 */
class WatchdogTest {
    @Test
    void hangingRunFailsItsFirstSeedWithTheTaskDumpAndSkipsTheRest() {
        long start = System.nanoTime();
        EngineExecutionResults r = TckRun.named("hanging").provider(HangingProvider.class)
                .param("reclaimtck.case", "runtime/msleep,runtime/orphan-completion")
                .param("reclaimtck.seeds", "2").param("reclaimtck.timeout", "300ms").execute();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        r.containerEvents().assertStatistics(s -> s.failed(0));
        r.testEvents().assertStatistics(s -> s.started(4).failed(2).aborted(2));
        List<RuleViolation> failures = Outcomes.violations(r);
        assertThat(failures).allSatisfy(v -> {
            assertThat(v.outcomeKind()).isEqualTo("WATCHDOG");
            assertThat(v.traceHash()).isEmpty();
            assertThat(v.getMessage())
                    .contains("watchdog: run() did not return within 300ms of wall-clock time (reclaimtck.timeout)")
                    .contains("tasks when the watchdog fired:");
        });
        assertThat(failures).extracting(RuleViolation::seed).containsOnly(1L);
        assertThat(failures).filteredOn(v -> v.caseId().equals("runtime/msleep")).hasSize(1)
                .allSatisfy(v -> assertThat(v.getMessage()).containsPattern("sleeper +pid \\d+ +RUNNABLE"));
        assertThat(r.testEvents().aborted().stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage)
                .orElse(""))).allSatisfy(m -> assertThat(m).contains("outlived the watchdog (reclaimtck.timeout 300ms)")
                .contains("replay one alone with -Dreclaimtck.seed=2"));
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }
}
