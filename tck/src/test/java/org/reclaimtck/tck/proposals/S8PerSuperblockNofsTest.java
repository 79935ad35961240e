package org.reclaimtck.tck.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.suites.deadlock.S8AOnBDepth3Case;
import org.reclaimtck.tck.suites.deadlock.S8BOnADepth1Case;
import org.reclaimtck.tck.suites.deadlock.S8SiblingsCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * S8 (issue 11 items 5, 7 and 8): with {@code gfp-policy:per-sb-nofs} every stacked case (A on loop on B, B on loop on
 * A, depths 1 to 3) passes DL-1, and its reclaim keeps out of the other filesystems of the stack (another depth); side
 * by side, NOFS reclaim from A enters B as GFP_KERNEL and keeps out of A, whose transaction is open. The comparison
 * table is {@code S8PolicyComparisonTest}'s.
 */
class S8PerSuperblockNofsTest {
    private static final String STACKED = "deadlock/s8-a-on-loop-on-b-depth-1,deadlock/s8-a-on-loop-on-b-depth-2,"
            + "deadlock/s8-a-on-loop-on-b-depth-3,deadlock/s8-b-on-loop-on-a-depth-1,deadlock/s8-b-on-loop-on-a-depth-2,"
            + "deadlock/s8-b-on-loop-on-a-depth-3";

    @Test
    void thePerSuperblockPolicyPassesDl1OnEveryStackedCaseAtEveryDepth() {
        EngineExecutionResults r = TckRun.named("s8-stacked-per-sb").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", STACKED)
                .param("reclaimtck.variant", "gfp-policy:per-sb-nofs").param("reclaimtck.seeds", "2").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, S8AOnBDepth3Case.class, "DL-1")).containsExactly(1L, 2L);
        assertThat(Outcomes.passedSeeds(r, S8BOnADepth1Case.class, "DL-1")).containsExactly(1L, 2L);
    }

    @Test
    void stackedReclaimUnderAPerSuperblockScopeKeepsOutOfEveryOtherDepth() {
        for (KernelCase c : List.<KernelCase>of(new S8AOnBDepth3Case(), new S8BOnADepth1Case())) {
            List<TraceEvent> trace = run(c, "per-sb-nofs", 1);
            List<TraceEvent.NofsSuperDecision> decisions = decisions(trace);
            assertThat(decisions).as("super_cache_scan_nofs of %s", c).isNotEmpty();
            List<TraceEvent.NofsSuperDecision> others = decisions.stream().filter(d -> !d.superBlock().equals("A"))
                    .toList();
            assertThat(others).noneMatch(TraceEvent.NofsSuperDecision::enter)
                    .allSatisfy(d -> assertThat(d.reason()).matches("different depth.*|global NOFS.*"))
                    .anySatisfy(d -> assertThat(d.detail()).contains("GFP_NOFS (different depth: scope sb=A depth="));
            assertThat(trace).filteredOn(e -> e instanceof TraceEvent.ScopeSaved s && s.context() != null)
                    .extracting(TraceEvent::detail).anySatisfy(d -> assertThat(d).startsWith(
                            "memalloc_save PF_MEMALLOC_NOFS sb=A depth=" + (c instanceof S8AOnBDepth3Case ? 3 : 0)));
        }
    }

    @Test
    void sideBySideNofsReclaimFromAEntersBAsGfpKernelAndNeverA() {
        // over seeds 1..8: kswapd drains most of B's clean inodes itself (inodegc evicts them without a transaction),
        // so on some seeds A's NOFS reclaimers find B empty and decide nothing about it
        List<TraceEvent.NofsSuperDecision> decisions = LongStream.rangeClosed(1, 8)
                .mapToObj(seed -> decisions(run(new S8SiblingsCase(), "per-sb-nofs", seed)))
                .flatMap(List::stream).toList();

        assertThat(decisions).filteredOn(d -> d.superBlock().equals("B")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.detail()).endsWith("GFP_KERNEL (different superblock at depth 0)"));
        assertThat(decisions).filteredOn(d -> d.superBlock().equals("A"))
                .allSatisfy(d -> assertThat(d.detail()).endsWith("GFP_NOFS (same superblock, A says unsafe)"));
        assertThat(decisions(run(new S8SiblingsCase(), "kernel", 1))).as("the kernel has no such decision").isEmpty();
    }

    private static List<TraceEvent> run(KernelCase c, String policy, long seed) {
        MachineSpec.Builder b = MachineSpec.builder().seed(seed).variant("gfp-policy", policy);
        c.machine(b);
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        c.workload(k);
        var result = k.run();
        assertThat(result.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        return result.trace();
    }

    private static List<TraceEvent.NofsSuperDecision> decisions(List<TraceEvent> trace) {
        return trace.stream().filter(TraceEvent.NofsSuperDecision.class::isInstance)
                .map(TraceEvent.NofsSuperDecision.class::cast).toList();
    }
}
