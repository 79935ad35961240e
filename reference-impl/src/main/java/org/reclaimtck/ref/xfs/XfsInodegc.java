package org.reclaimtck.ref.xfs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.spi.runtime.Work;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.task.Task;

/**
 * XFS's background inode inactivation: models {@code xfs_inodegc_queue}, {@code xfs_inodegc_worker} and the inodegc
 * shrinker of {@code fs/xfs/xfs_icache.c} for one CPU (K-FS-6, K-FS-7). {@code ->destroy_inode} queues an inode that
 * needs inactivation and returns; the per-cpu delayed work ({@code xfs-inodegc/<label>}, WQ_MEM_RECLAIM) runs the
 * inactivations under a NOFS scope, 1 jiffy later or at once past a cluster's worth of inodes. The queuer waits for
 * the worker ({@code flush_delayed_work}) when the shrinker was hit since the worker last started or past 256 queued
 * inodes, never in a NOFS context (inside a transaction: {@code PF_MEMALLOC_NOFS}, v6.4+; {@code journal_info}
 * before). The shrinker frees nothing: it kicks the worker and returns SHRINK_STOP.
 */
final class XfsInodegc implements Shrinker {
    /** {@code XFS_INODEGC_MAX_BACKLOG}: 4 x {@code XFS_INODES_PER_CHUNK} (64), past which the queuer throttles. */
    static final int MAX_BACKLOG = 256;
    /** {@code XFS_INODEGC_SHRINKER_COUNT}: {@code 1UL << DEF_PRIORITY}. */
    static final long SHRINKER_COUNT = 1L << 12;

    private final KernelRuntime rt;
    private final String label;
    private final int inodesPerCluster;
    private final Consumer<Inode> inactivate;
    private final ShrinkerRegistry shrinkers;
    private Workqueue wq;
    private Work work;
    private Timer timer;
    /** {@code gc->list}. */
    private final ArrayDeque<Inode> items = new ArrayDeque<>();
    /** {@code gc->shrinker_hits}. */
    private int shrinkerHits;

    XfsInodegc(KernelRuntime rt, ShrinkerRegistry shrinkers, String label, int inodesPerCluster,
               Consumer<Inode> inactivate) {
        this.rt = rt;
        this.shrinkers = shrinkers;
        this.label = label;
        this.inodesPerCluster = inodesPerCluster;
        this.inactivate = inactivate;
    }

    /**
     * {@code xfs_inodegc_init_percpu}, the {@code xfs-inodegc} workqueue ({@code xfs_init_mount_workqueues}) and
     * {@code xfs_inodegc_register_shrinker}: the kernel does them at mount; the model at the first queueing, so runs
     * that never inactivate an inode keep their traces and schedules (a WQ_MEM_RECLAIM workqueue has a rescuer task).
     */
    private void init() {
        if (wq != null) {
            return;
        }
        wq = rt.allocWorkqueue("xfs-inodegc/" + label, EnumSet.of(WqFlag.WQ_FREEZABLE, WqFlag.WQ_MEM_RECLAIM), 1);
        work = rt.initWork("xfs_inodegc_worker " + label, this::worker);
        timer = rt.timer("xfs-inodegc/" + label + " delayed_work_timer_fn", () -> wq.queueWork(work));
        shrinkers.registerShrinker(this);
    }

    /**
     * {@code xfs_inodegc_queue}: the inode goes on the list; the work is (re)queued with a delay of one jiffy, none
     * past {@code inodes_per_cluster} queued; then the throttle (K-FS-6).
     */
    void queue(Inode inode) {
        init();
        items.add(inode);
        modDelayedWork(items.size() > inodesPerCluster ? 0 : 1);
        Task me = rt.current();
        if (!me.flags().contains(PfFlag.PF_MEMALLOC_NOFS) && (shrinkerHits > 0 || items.size() > MAX_BACKLOG)) {
            flushDelayedWork();
        }
    }

    /**
     * {@code mod_delayed_work}: at once ({@code delay} 0: the timer cancelled, the work queued) or in {@code delay}
     * jiffies; work already on the workqueue stays there (the model cannot steal it back, it runs no later).
     */
    private void modDelayedWork(long delay) {
        if (delay == 0) {
            timer.delTimer();
            wq.queueWork(work);
        } else if (!work.pending()) {
            timer.modTimer(rt.clock().jiffies() + delay);
        }
    }

    /** {@code flush_delayed_work}: a pending timer's work is queued now, then {@code flush_work} waits for it. */
    private void flushDelayedWork() {
        if (timer.delTimer()) {
            wq.queueWork(work);
        }
        wq.flushWork(work);
    }

    /** {@code xfs_inodegc_worker}: NOFS; the shrinker hits reset; every inode on the list at its start inactivated. */
    private void worker() {
        List<Inode> batch = new ArrayList<>(items);
        items.clear();
        shrinkerHits = 0;
        try (MemallocScope nofs = rt.current().memallocNofsSave()) {
            for (Inode inode : batch) {
                inactivate.accept(inode);
            }
        }
    }

    @Override
    public String name() {
        return "xfs-inodegc:" + label;
    }

    /** {@code xfs_inodegc_shrinker_count}: 4096 while anything is queued, else 0 (K-FS-7). */
    @Override
    public long countObjects(ShrinkControl sc) {
        return items.isEmpty() ? 0 : SHRINKER_COUNT;
    }

    /**
     * {@code xfs_inodegc_shrinker_scan}: frees nothing; with inodes queued it bumps {@code shrinker_hits}, kicks the
     * worker at once and returns SHRINK_STOP. With none it returns 0 (the kernel returns LONG_MAX there, which the
     * model would count as pages freed).
     */
    @Override
    public long scanObjects(ShrinkControl sc) {
        if (items.isEmpty()) {
            return 0;
        }
        shrinkerHits++;
        modDelayedWork(0);
        return SHRINK_STOP;
    }

    /** {@code shrinker->seeks = 0}: {@code do_shrink_slab} scans half the count. */
    @Override
    public int seeks() {
        return 0;
    }
}
