package org.reclaimtck.tck.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.suites.oom.NofailScopeNestedCallersCase;
import org.reclaimtck.tck.suites.oom.NofailUnderNowaitCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * NOFAIL-2 through the engine, the objection of the threads to scoped allocation policies (a scope cannot see its
 * nested callers): {@code gfp-policy:nowait-scope} takes direct reclaim from xfs's {@code GFP_KERNEL|__GFP_NOFAIL}
 * transaction allocation in io_uring's NOWAIT scope, {@code gfp-policy:nofail-scope} makes an order-2 buffer in a
 * transaction's NOFAIL scope NOFAIL misuse; each fails on every seed naming the scope and the nested caller. The
 * kernel, which has neither scope, passes both cases over 100 seeds.
 */
class NofailScopeRulesTest {
    private static EngineExecutionResults run(String name, String caseId, String variant, String seeds) {
        TckRun run = TckRun.named(name).provider(ReferenceKernelProvider.class).param("reclaimtck.case", caseId)
                .param("reclaimtck.rules", "NOFAIL-2").param("reclaimtck.seeds", seeds);
        return (variant == null ? run : run.param("reclaimtck.variant", variant)).execute();
    }

    @Test
    void theNowaitScopeStripsDirectReclaimFromANestedNofailOnEverySeed() {
        EngineExecutionResults r = run("nofail-nowait", "forward-progress/nofail-under-nowait-scope",
                "gfp-policy:nowait-scope", "16");

        assertThat(Outcomes.failedSeeds(r, NofailUnderNowaitCase.class, "NOFAIL-2"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.getMessage()).contains("NOFAIL-2 (MUST)")
                    .contains("PF_MEMALLOC_NOWAIT saved at NofailUnderNowaitCase")
                    .contains("(memalloc_nowait_save) took __GFP_DIRECT_RECLAIM from the nested request of"
                            + " A trans_start (in task iou-wrk)")
                    .contains("gfp_mask=GFP_KERNEL|__GFP_NOFAIL became")
                    .contains("__GFP_NOFAIL without __GFP_DIRECT_RECLAIM").contains("K-SCOPE-8");
            assertThat(v.variants()).containsEntry("gfp-policy", "nowait-scope");
        });
    }

    @Test
    void theNofailScopeMakesANestedHighOrderRequestNofailMisuseOnEverySeed() {
        EngineExecutionResults r = run("nofail-scope", "forward-progress/nofail-scope-nested-callers",
                "gfp-policy:nofail-scope", "16");

        assertThat(Outcomes.failedSeeds(r, NofailScopeNestedCallersCase.class, "NOFAIL-2"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("PF_MEMALLOC_NOFAIL saved at NofailScopeNestedCallersCase")
                .contains("(memalloc_nofail_save) added __GFP_NOFAIL to the nested request of task xfs_io")
                .contains("gfp_mask=GFP_KERNEL became GFP_NOFS|__GFP_NOFAIL order=2")
                .contains("__GFP_NOFAIL of order 2 > 1").contains("held: transaction 'xfs_attr_set' on A (class A->log)"));
    }

    @Test
    void theKernelPassesBothCasesOver100Seeds() {
        EngineExecutionResults r = run("nofail-kernel-100", "forward-progress/nofail-under-nowait-scope,"
                + "forward-progress/nofail-scope-nested-callers", null, "100");

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, NofailUnderNowaitCase.class, "NOFAIL-2")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, NofailScopeNestedCallersCase.class, "NOFAIL-2")).hasSize(100);
    }
}
