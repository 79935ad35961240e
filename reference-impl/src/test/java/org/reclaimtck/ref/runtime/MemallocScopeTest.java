package org.reclaimtck.ref.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.task.Task;

class MemallocScopeTest {
    private final TaskThreads threads = TaskThreads.fromSystemProperty();

    @Test
    void currentGfpContextAppliesNofsNoioAndPinLikeTheKernel() {
        Kernel k = Workloads.boot(1, threads);
        Gfp[] seen = new Gfp[5];
        k.spawn("fs", () -> {
            Task cur = k.runtime().current();
            seen[0] = cur.currentGfpContext(Gfp.GFP_KERNEL);
            try (MemallocScope nofs = cur.memallocNofsSave()) {
                seen[1] = cur.currentGfpContext(Gfp.GFP_KERNEL);
                try (MemallocScope noio = cur.memallocNoioSave()) {
                    seen[2] = cur.currentGfpContext(Gfp.GFP_KERNEL.or(Gfp.__GFP_NOFAIL));
                }
                seen[3] = cur.currentGfpContext(Gfp.GFP_KERNEL);
            }
            try (MemallocScope pin = cur.memallocPinSave()) {
                seen[4] = cur.currentGfpContext(Gfp.GFP_HIGHUSER_MOVABLE);
            }
        });
        assertThat(k.run().outcome()).isInstanceOf(Outcome.Completed.class);
        assertThat(seen[0]).hasToString("GFP_KERNEL");
        assertThat(seen[1]).hasToString("GFP_NOFS");
        assertThat(seen[2]).hasToString("GFP_NOIO|__GFP_NOFAIL");
        assertThat(seen[3]).hasToString("GFP_NOFS");
        assertThat(seen[4]).hasToString("GFP_HIGHUSER");
    }

    @Test
    void nestedSaveOfAnAlreadySetFlagKeepsItUntilTheOuterRestore() {
        Kernel k = Workloads.boot(1, threads);
        boolean[] stillSet = new boolean[1];
        k.spawn("xfs", () -> {
            Task cur = k.runtime().current();
            try (MemallocScope outer = cur.memallocNofsSave()) {
                try (MemallocScope inner = cur.memallocNofsSave()) {
                    assertThat(inner.flag()).isEqualTo(PfFlag.PF_MEMALLOC_NOFS);
                }
                stillSet[0] = cur.flags().contains(PfFlag.PF_MEMALLOC_NOFS);
            }
            assertThat(cur.flags()).doesNotContain(PfFlag.PF_MEMALLOC_NOFS);
        });
        assertThat(k.run().outcome()).isInstanceOf(Outcome.Completed.class);
        assertThat(stillSet[0]).isTrue();
    }

    @Test
    void outOfOrderRestoreIsReportedNamingBothCallSites() {
        Kernel k = Workloads.boot(1, threads);
        k.spawn("bad", () -> {
            Task cur = k.runtime().current();
            MemallocScope nofs = cur.memallocNofsSave();
            MemallocScope noio = cur.memallocNoioSave();
            nofs.close();
            noio.close();
        });
        Outcome.ImplementationError e = (Outcome.ImplementationError) k.run().outcome();
        assertThat(e.exception())
                .contains("ScopeOrderViolation")
                .contains("memalloc_nofs_restore() at MemallocScopeTest.lambda")
                .contains("memalloc_noio_save() at MemallocScopeTest.lambda")
                .containsPattern("MemallocScopeTest.java:\\d+.*MemallocScopeTest.java:\\d+");
    }
}
