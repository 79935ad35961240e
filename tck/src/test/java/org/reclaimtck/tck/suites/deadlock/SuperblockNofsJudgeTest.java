package org.reclaimtck.tck.suites.deadlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * POLICY-1: the per-superblock proposal without its nesting-depth rule ({@code gfp-policy:per-sb-nofs-ignores-depth})
 * lets {@code xfs_io}'s reclaim into the other filesystem of a stack and fails on every seed of B on loop on A, naming the scope, the
 * superblock and its depth; the proposal itself passes side by side over 100 seeds (where its reclaim does enter B)
 * and stacked over 16 seeds, and the depths are the kit's own, from the case's stack.
 */
class SuperblockNofsJudgeTest {
    @Test
    void depthsComeFromTheCasesStack() {
        assertThat(SuperblockNofsJudge.depths(S8Workload.stacked("B", "A", 3))).containsEntry("A", 0)
                .containsEntry("C1", 1).containsEntry("C2", 2).containsEntry("B", 3).containsEntry("loop2", 3)
                .doesNotContainKey("/loop.img");
        assertThat(SuperblockNofsJudge.depths(S8Workload.siblings())).containsEntry("A", 0).containsEntry("B", 0);
    }

    /**
     * Since inodegc, kswapd evicts a clean inode without a transaction and drains the other filesystems' inode caches
     * itself, so the scoped task's own reclaim meets another depth's shrinker on fewer seeds: every seed with A two
     * loop layers above B, some seeds at depth 1 (measured with the reference: A on B 2 of 4, B on A 1 of 4).
     */
    @Test
    void reclaimThatIgnoresTheNestingDepthFailsPolicy1() {
        EngineExecutionResults r = TckRun.named("policy1-ignores-depth").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "deadlock/s8-a-on-loop-on-b-depth-2,deadlock/s8-a-on-loop-on-b-depth-1,"
                        + "deadlock/s8-b-on-loop-on-a-depth-1")
                .param("reclaimtck.rules", "POLICY-1")
                .param("reclaimtck.variant", "gfp-policy:per-sb-nofs-ignores-depth").execute();

        assertThat(Outcomes.failedSeeds(r, S8AOnBDepth2Case.class, "POLICY-1")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.failedSeeds(r, S8AOnBDepth1Case.class, "POLICY-1")).isNotEmpty();
        assertThat(Outcomes.failedSeeds(r, S8BOnADepth1Case.class, "POLICY-1")).isNotEmpty();
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage()).contains("POLICY-1 (MUST)")
                .containsPattern("xfs_io's direct reclaim entered [A-Z0-9]+ \\(super_cache_scan, nesting depth [0-9]\\)"
                        + " inside the per-superblock NOFS scope sb=A depth=[0-9]: another nesting depth is NOFS")
                .containsPattern("xfs_io: fs_enter [A-Z0-9]+ super_cache_scan"));
    }

    @Test
    void perSuperblockNofsPassesPolicy1SideBySideOver100SeedsAndStackedOver16() {
        assertThat(LongStream.rangeClosed(1, 100).mapToObj(seed -> judge(new S8SiblingsCase(), seed)))
                .allSatisfy(v -> assertThat(v).isEmpty());
        assertThat(LongStream.rangeClosed(1, 16).mapToObj(seed -> judge(new S8BOnADepth1Case(), seed)))
                .allSatisfy(v -> assertThat(v).isEmpty());
    }

    private static Optional<String> judge(S8Case c, long seed) {
        MachineSpec.Builder b = MachineSpec.builder().seed(seed).variant("gfp-policy", "per-sb-nofs");
        c.machine(b);
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        c.workload(k);
        List<TraceEvent> trace = k.run().trace();
        return SuperblockNofsJudge.find(trace, c.stack());
    }
}
