package org.reclaimtck.tck.swap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.providers.SwapBlindOomProvider;
import org.reclaimtck.tck.suites.swap.NofsSwapCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * SWAP-1 through the engine (S7): NOIO merged into NOFS ({@code gfp-policy:merged-noio-nofs}) fails "NOFS reclaim can
 * swap" on every seed, naming the NOFS reclaimer and its masks; the kernel's semantics pass over 100 seeds. A kernel
 * that OOM-kills while anon is swappable fails OOM-1 even though its own report says nothing was reclaimable.
 */
class SwapRulesTest {
    @Test
    void mergedNoioNofsFailsSwap1OnEverySeed() {
        EngineExecutionResults r = TckRun.named("gfp-merged-noio-nofs").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/nofs-swap").param("reclaimtck.rules", "SWAP-1")
                .param("reclaimtck.variant", "gfp-policy:merged-noio-nofs").execute();

        assertThat(Outcomes.failedSeeds(r, NofsSwapCase.class, "SWAP-1"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.getMessage()).contains("SWAP-1 (MUST)").contains("task xfs_io entered direct reclaim")
                    .contains("gfp_mask=GFP_KERNEL, effective GFP_NOIO").contains("swapped none out");
            assertThat(v.variants()).containsEntry("gfp-policy", "merged-noio-nofs");
        });
    }

    /** OOM-1 counts swappable anon (zone_reclaimable_pages from show_mem's lines), not the kernel's own figure. */
    @Test
    void aKernelWhoseReclaimabilityIgnoresSwapFailsOom1() {
        EngineExecutionResults r = TckRun.named("swap-blind-oom").provider(SwapBlindOomProvider.class)
                .param("reclaimtck.case", "forward-progress/nofs-swap").param("reclaimtck.rules", "OOM-1").execute();

        assertThat(Outcomes.failedSeeds(r, NofsSwapCase.class, "OOM-1"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage()).contains("OOM-1 (MUST)")
                .contains("pages were reclaimable (file 0 + anon ").contains("with 4096 free swap slots)")
                .contains("reclaimable=0"));
    }

    @Test
    void theKernelsPolicyPassesSwap1Over100Seeds() {
        EngineExecutionResults r = TckRun.named("gfp-kernel-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/nofs-swap").param("reclaimtck.seeds", "100").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, NofsSwapCase.class, "SWAP-1")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, NofsSwapCase.class, "OOM-1")).hasSize(100);
    }
}
