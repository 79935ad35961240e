package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.engine.thirdparty.CheckingShrinkerCase;
import org.reclaimtck.tck.engine.thirdparty.TransactingShrinkerCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * SCOPE-3 judges what the kernel saw: a third party's shrinker that starts a transaction on A from GFP_NOFS reclaim,
 * and emits no event itself, fails on every seed with the call chain; the same shrinker checking its mask passes.
 */
class ThirdPartyShrinkerTest {
    @Test
    void aShrinkerEnteringAFilesystemFromNofsReclaimFailsScope3WithTheCallChain() {
        EngineExecutionResults r = TckRun.named("thirdparty").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.seeds", "8").select(selectClass(TransactingShrinkerCase.class))
                .select(selectClass(CheckingShrinkerCase.class)).execute();

        assertThat(Outcomes.failedSeeds(r, TransactingShrinkerCase.class, "SCOPE-3")).hasSize(8);
        assertThat(Outcomes.passedSeeds(r, CheckingShrinkerCase.class, "SCOPE-3")).hasSize(8);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("xfs_io entered filesystem A (trans_start) inside acme-cache scan_objects (GFP_NOFS),"
                        + " which lacks __GFP_FS")
                .contains("call chain: xfs_io: direct reclaim (GFP_NOFS) -> acme-cache scan_objects (GFP_NOFS)"
                        + " -> A trans_start"));
    }
}
