package org.reclaimtck.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.suites.deadlock.S11KswapdShrinkerCase;
import org.reclaimtck.tck.testkit.Outcomes;

/**
 * S11: with {@code dm-bufio:gfp-fs} kswapd0 writes dirty buffers from the dm-bufio shrinker and waits for each bio
 * through loop0 on a slow disk, for longer than FP-1's bound; the run still completes (DL-1 holds).
 */
class S11KswapdStallTest {
    @Test
    void kswapdStallsInTheDmBufioShrinkerOnEverySeed() {
        EngineExecutionResults r = Scenarios.run("s11-gfp-fs", "deadlock/s11-kswapd-blocked-in-shrinker", "DL-1,FP-1",
                "dm-bufio:gfp-fs");

        assertThat(Outcomes.failedRules(r)).containsExactly("FP-1");
        assertThat(Outcomes.failedSeeds(r, S11KswapdShrinkerCase.class, "FP-1")).hasSize(16);
        assertThat(Outcomes.passedSeeds(r, S11KswapdShrinkerCase.class, "DL-1")).hasSize(16);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.outcomeKind()).isEqualTo("COMPLETED");
            assertThat(v.cycle()).isEmpty();
            assertThat(v.waits()).isNotEmpty().allSatisfy(w -> {
                assertThat(w.task()).isEqualTo("kswapd0");
                assertThat(w.context()).contains("dm-bufio:bufio0 scan_objects", "gfp=GFP_KERNEL");
                assertThat(w.kind()).isEqualTo(WaitKind.BIO);
                assertThat(w.waitsFor()).containsExactly("loop0");
            });
            assertThat(v.getMessage()).startsWith("FP-1 violated: kswapd0 spent ");
        });
    }
}
