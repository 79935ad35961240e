package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.engine.spin.SpinningCase;
import org.reclaimtck.tck.suites.runtime.MsleepCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * A task that spins without a scheduling point ends its case in a harness timeout (inconclusive) within twice the
 * timeout, its later seeds are not
 * run, and the cases after it run normally although the spinner still holds its thread (on JDK 21+ the one
 * virtual-thread carrier: the reference then moves to platform threads).
 */
class SpinningTaskTest {
    @Test
    void aSpinningTaskFailsWithinTwiceTheTimeoutAndTheNextCasesRunNormally() {
        long start = System.nanoTime();
        EngineExecutionResults spin = TckRun.named("spin").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.seeds", "3").param("reclaimtck.timeout", "400ms")
                .select(selectClass(SpinningCase.class)).execute();
        Duration spinTook = Duration.ofNanos(System.nanoTime() - start);

        spin.testEvents().assertStatistics(s -> s.started(3).failed(1).aborted(2));
        assertThat(Outcomes.violations(spin)).isEmpty();
        assertThat(Outcomes.harnessTimeouts(spin)).singleElement().satisfies(t -> {
            assertThat(t.getMessage()).startsWith("inconclusive, harness timeout (not a ").contains("spinner")
                    .contains(" seed 1\n");
            assertThat(t.replayCommand()).endsWith("-Dreclaimtck.seed=1 -Dreclaimtck.timeout=400ms");
        });
        assertThat(spinTook).as("one timeout and its grace, not one per seed").isLessThan(Duration.ofMillis(2500));

        long next = System.nanoTime();
        EngineExecutionResults after = TckRun.named("after-spin").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.seeds", "4").select(selectClass(MsleepCase.class)).execute();
        Duration afterTook = Duration.ofNanos(System.nanoTime() - next);

        after.testEvents().assertStatistics(s -> s.failed(0).succeeded(4));
        assertThat(afterTook).as("while the spinner still spins").isLessThan(Duration.ofNanos(SpinningCase.SPIN_NANOS));
    }
}
