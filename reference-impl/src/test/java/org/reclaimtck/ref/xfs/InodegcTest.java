package org.reclaimtck.ref.xfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.fs.Dentry;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * XFS's inodegc (K-FS-6, K-FS-7): an unlinked inode's eviction is queued and inactivated by the NOFS worker, not by the
 * evicting task; the inodegc shrinker frees nothing and kicks the worker; once it was hit, the next queuer waits for
 * the worker ({@code flush_delayed_work}) unless it is in a NOFS scope; {@code xfs:inline-evict} inactivates in the
 * evicting task.
 */
class InodegcTest {
    private static RunResult run(String variant, Consumer<Kernel> workload) {
        return run(1, variant, workload);
    }

    private static RunResult run(long seed, String variant, Consumer<Kernel> workload) {
        MachineSpec.Builder b = MachineSpec.builder().seed(seed).memoryPages(1024)
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100).mkfs("A", "vda", 16, 512).build());
        if (variant != null) {
            b.variant(XfsType.NAME, variant);
        }
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        workload.accept(k);
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        return r;
    }

    private static void rm(SuperBlock a, String path) {
        Dentry d = a.lookup(path);
        a.unlink(path);
        a.dput(d);
    }

    /** Files rm unlinks before the shrinker hit: past a cluster's worth, so the worker is busy when it comes. */
    private static final int BEFORE_HIT = 40;

    /** rm unlinks {@value #BEFORE_HIT} files, proactive reclaim hits the inodegc shrinker, then rm unlinks a fourth (NOFS or not). */
    private static RunResult rmAroundAShrinkerHit(String variant, boolean nofs) {
        return rmAroundAShrinkerHit(1, variant, nofs);
    }

    private static RunResult rmAroundAShrinkerHit(long seed, String variant, boolean nofs) {
        return run(seed, variant, k -> k.spawn("rm", () -> {
            SuperBlock a = k.storage().superBlock("A");
            for (int i = 0; i < BEFORE_HIT; i++) {
                rm(a, "/g" + i);
            }
            k.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1);
            if (nofs) {
                try (MemallocScope s = k.runtime().current().memallocNofsSave()) {
                    rm(a, "/f3");
                }
            } else {
                rm(a, "/f3");
            }
        }));
    }

    private static List<String> lines(RunResult r, String task, String... contains) {
        return r.trace().stream().filter(e -> e.task().startsWith(task)).map(TraceEvent::detail)
                .filter(d -> List.of(contains).stream().anyMatch(d::contains)).toList();
    }

    @Test
    void theShrinkerOnlyKicksTheWorkerAndTheInactivationsAreTheWorkersInNofs() {
        RunResult r = rmAroundAShrinkerHit(null, false);

        assertThat(lines(r, "rm", "xfs-inodegc:A")).containsSubsequence(
                "mm_shrink_slab_count xfs-inodegc:A gfp_flags=GFP_KERNEL cache_items=4096",
                "mm_shrink_slab_end xfs-inodegc:A SHRINK_STOP");
        assertThat(lines(r, "rm", "lock transaction 'inactive")).isEmpty();
        assertThat(lines(r, "kworker/xfs-inodegc/A", "lock transaction 'inactive"))
                .filteredOn(l -> l.startsWith("lock ")).hasSize(BEFORE_HIT + 1);
        assertThat(lines(r, "kworker/xfs-inodegc/A", "memalloc_save PF_MEMALLOC_NOFS at XfsInodegc.worker"))
                .isNotEmpty();
    }

    /**
     * K-FS-6's throttle: the queuer of /f3 waits for the worker ({@code flush_work}) exactly when no worker execution
     * started (resetting {@code shrinker_hits}) since the shrinker's last scan began (it may start inside the scan,
     * kicked by it); some seed must show the wait, and on those seeds a queuer in a NOFS scope does not wait.
     */
    @Test
    void afterAShrinkerHitTheNextQueuerWaitsForTheWorkerUnlessItStartedSinceOrTheQueuerIsNofs() {
        int throttled = 0;
        for (long seed = 1; seed <= 8; seed++) {
            List<TraceEvent> t = rmAroundAShrinkerHit(seed, null, false).trace();
            int hit = -1;
            int queue = -1;
            for (int i = 0; i < t.size(); i++) {
                String d = t.get(i).detail();
                if (t.get(i).task().equals("rm") && d.startsWith("mm_shrink_slab_start xfs-inodegc:A")) {
                    hit = i;
                } else if (t.get(i).task().equals("rm") && d.startsWith("fs_enter A destroy_inode") && d.contains("/f3")) {
                    queue = i;
                }
            }
            boolean started = false;
            for (int i = hit + 1; i < queue; i++) {
                started |= t.get(i).detail().startsWith("workqueue_execute_start xfs-inodegc/A");
            }
            boolean waited = false;
            for (int i = queue + 1; i < t.size(); i++) {
                waited |= t.get(i).task().equals("rm") && t.get(i).detail().startsWith(
                        "wait waitqueue flush_work(xfs_inodegc_worker A) class=(work_completion)(xfs_inodegc_worker A)");
            }
            assertThat(hit).as("seed %d: the shrinker hit", seed).isGreaterThanOrEqualTo(0);
            assertThat(waited).as("seed %d: /f3's queuer waits for the worker iff it did not start since the hit", seed)
                    .isEqualTo(!started);
            if (waited) {
                throttled++;
                assertThat(lines(rmAroundAShrinkerHit(seed, null, true), "rm", "flush_work"))
                        .as("seed %d: the same queuer in a NOFS scope (a transaction) is never throttled", seed).isEmpty();
            }
        }
        assertThat(throttled).as("seeds whose queuer was throttled").isPositive();
    }

    @Test
    void withInlineEvictionTheEvictingTaskInactivatesAndThereIsNoInodegc() {
        RunResult r = rmAroundAShrinkerHit(Xfs.INLINE_EVICT, false);

        assertThat(lines(r, "rm", "lock transaction 'inactive")).filteredOn(l -> l.startsWith("lock "))
                .hasSize(BEFORE_HIT + 1);
        assertThat(lines(r, "", "xfs-inodegc")).isEmpty();
    }
}
