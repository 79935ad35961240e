package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.engine.internal.execution.HarnessTimeout;
import org.reclaimtck.tck.providers.HangingProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * A provider whose run() never returns ends its case in a harness timeout (inconclusive, not a verdict on the rule,
 * counted apart), with the task dump and a replay that carries the timeout, and the run goes on;
 * the later seeds of a case that outlived the watchdog are not run (aborted, with the reason), so a hanging case costs
 * one timeout, not one per seed.
 */
class WatchdogTest {
    @Test
    void hangingRunIsAHarnessTimeoutWithTheTaskDumpAndSkipsTheRest() throws Exception {
        long start = System.nanoTime();
        EngineExecutionResults r = TckRun.named("hanging").provider(HangingProvider.class)
                .param("reclaimtck.case", "runtime/msleep,runtime/orphan-completion")
                .param("reclaimtck.seeds", "2").param("reclaimtck.timeout", "300ms").execute();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        r.containerEvents().assertStatistics(s -> s.failed(0));
        r.testEvents().assertStatistics(s -> s.started(4).failed(2).aborted(2));
        assertThat(Outcomes.violations(r)).as("a timeout is no verdict on the rule").isEmpty();
        List<HarnessTimeout> timeouts = Outcomes.harnessTimeouts(r);
        assertThat(timeouts).hasSize(2).allSatisfy(t -> {
            assertThat(t.getMessage())
                    .startsWith("inconclusive, harness timeout (not a RT-")
                    .contains("run() did not return within 300ms of wall-clock time (reclaimtck.timeout)")
                    .contains("tasks when the watchdog fired:")
                    .contains(", seed 1\n")
                    .endsWith(t.replayCommand());
            assertThat(t.replayCommand()).contains("-Dreclaimtck.seed=1").endsWith(" -Dreclaimtck.timeout=300ms");
        });
        assertThat(timeouts).filteredOn(t -> t.getMessage().contains("case runtime/msleep,")).hasSize(1)
                .allSatisfy(t -> assertThat(t.getMessage()).containsPattern("sleeper +pid \\d+ +RUNNABLE"));
        String md = Files.readString(TckRun.named("hanging").reportDir().resolve("report.md"));
        assertThat(md).contains("2 runs inconclusive (harness timeout)").doesNotContain("**fail**");
        assertThat(r.testEvents().aborted().stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage)
                .orElse(""))).allSatisfy(m -> assertThat(m).contains("outlived the watchdog (reclaimtck.timeout 300ms)")
                .contains("replay one alone with -Dreclaimtck.seed=2"));
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }
}
