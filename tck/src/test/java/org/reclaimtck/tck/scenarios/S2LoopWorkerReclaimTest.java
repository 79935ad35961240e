package org.reclaimtck.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.suites.deadlock.S2AmpleMemoryCase;
import org.reclaimtck.tck.testkit.Outcomes;

/**
 * S2 (d0a255e795ab): with {@code loop:no-noio} the loop worker allocates GFP_KERNEL, enters the dm-bufio shrinker
 * (the case pins dm-bufio as merged in 2014, gfp-fs) and waits behind kswapd0, which waits for I/O only loop0 can
 * complete. DL-1 fails with the cycle kswapd0 -> loop0; the ample-memory twin completes.
 */
class S2LoopWorkerReclaimTest {
    private static final String CASE = "deadlock/s2-loop-worker-reclaim";

    @Test
    void loopWorkerWithoutNoioDeadlocksWithKswapd() {
        EngineExecutionResults r = Scenarios.run("s2-no-noio", CASE + ",deadlock/s2-ample-memory", "DL-1",
                "loop:no-noio");

        assertThat(Outcomes.failedRules(r)).containsExactly("DL-1");
        List<RuleViolation> failures = Outcomes.violations(r);
        assertThat(failures).isNotEmpty().allSatisfy(v -> {
            assertThat(v.caseId()).isEqualTo(CASE);
            assertThat(v.outcomeKind()).isEqualTo("DEADLOCK");
            assertThat(v.cycleTasks()).containsExactlyInAnyOrder("kswapd0", "loop0");
            assertThat(v.variants()).isEqualTo(Map.of("dm-bufio", "gfp-fs", "loop", "no-noio"));
            WaitEdge kswapd = Outcomes.cycleEdge(v, "kswapd0");
            assertThat(kswapd.kind()).isEqualTo(WaitKind.BIO);
            assertThat(kswapd.waitsFor()).containsExactly("loop0");
            WaitEdge loop0 = Outcomes.cycleEdge(v, "loop0");
            assertThat(loop0.context()).contains("gfp=GFP_KERNEL").doesNotContain("PF_MEMALLOC_NOIO");
            assertThat(loop0.waitsFor()).containsExactly("kswapd0");
        });
        assertThat(Outcomes.passedSeeds(r, S2AmpleMemoryCase.class, "DL-1")).hasSize(16);
    }

    @Test
    void theUsersVariantOverridesTheOneTheCasePins() {
        EngineExecutionResults r = Scenarios.run("s2-override", CASE, "DL-1", "loop:no-noio,dm-bufio:gfp-io");

        assertThat(Outcomes.violations(r)).isNotEmpty().allSatisfy(v -> assertThat(v.variants())
                .isEqualTo(Map.of("dm-bufio", "gfp-io", "loop", "no-noio")));
    }
}
