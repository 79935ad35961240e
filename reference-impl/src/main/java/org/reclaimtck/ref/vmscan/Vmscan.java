package org.reclaimtck.ref.vmscan;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.mm.MemcgCharge;
import org.reclaimtck.ref.mm.Reclaimer;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.ref.shrinker.ShrinkerList;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Reclaim's core: models {@code do_try_to_free_pages}, {@code shrink_node} and {@code consider_reclaim_throttle} of
 * {@code mm/vmscan.c}: one priority loop, {@code DEF_PRIORITY} down, shared by direct reclaim
 * ({@code try_to_free_pages}: until {@code SWAP_CLUSTER_MAX} pages), kswapd ({@code balance_pgdat}: until the zone
 * meets HIGH), proactive reclaim (until the pages asked for) and memcg reclaim ({@code try_to_free_mem_cgroup_pages});
 * each priority shrinks each memcg's lruvec on the node, then slab for that memcg with the caller's scoped mask
 * (K-RECLAIM-1, K-RECLAIM-3, K-RECLAIM-4, K-SHRINK-3). After each node pass kswapd records
 * PGDAT_WRITEBACK / PGDAT_DIRTY / congestion and throttles on immediate folios (K-VMSCAN-11, K-VMSCAN-12); a direct
 * reclaimer throttles on a congested node and, at priority 1 with nothing reclaimed, NOPROGRESS (K-VMSCAN-13).
 */
public final class Vmscan implements Reclaimer {
    static final int DEF_PRIORITY = 12;
    static final int SWAP_CLUSTER_MAX = 32;

    private final SimRuntime rt;
    private final ShrinkerList shrinkers;
    private final Pgdat pgdat;
    private final ShrinkLruvec lruvec;
    private final Kswapd kswapd;
    private final boolean noprogressThrottle;
    private final boolean kswapdCongestionWait;

    /**
     * @param variant a {@link VmscanType} variant name ({@code ""} for the default)
     * @param flushers {@code wakeup_flusher_threads}, from writeback
     */
    public Vmscan(SimRuntime rt, PageAllocator pages, ShrinkerList shrinkers, String variant, Flushers flushers) {
        this.rt = rt;
        this.shrinkers = shrinkers;
        this.pgdat = new Pgdat(rt, !VmscanType.NO_RECLAIM_ROTATION.equals(variant),
                VmscanType.NOPROGRESS_HZ10.equals(variant));
        this.lruvec = new ShrinkLruvec(rt, pages, pgdat, flushers, !VmscanType.NO_FLUSHER_WAKEUP.equals(variant),
                VmscanType.KSWAPD_WRITEPAGE.equals(variant));
        this.noprogressThrottle = !VmscanType.NOPROGRESS_GIVES_UP.equals(variant);
        this.kswapdCongestionWait = VmscanType.KSWAPD_CONGESTION_WAIT.equals(variant);
        this.kswapd = new Kswapd(rt, pages, this);
    }

    /** {@code swapon}: anon folios become reclaimable through {@code swap} (K-VMSCAN-4). */
    public void bindSwap(SwapOps swap) {
        lruvec.bindSwap(swap);
    }

    /** Binds the memory controller: each folio's memcg chooses its lruvec ({@code folio_lruvec}). */
    public void bindMemcg(MemcgCharge memcg) {
        pgdat.memcgs.bind(memcg);
    }

    /** {@code zone_reclaimable_pages}: file folios, and anon folios once swap can take them. */
    public long reclaimablePages() {
        return lruvec.reclaimablePages();
    }

    /** The node whose LRU the page cache fills. */
    public Pgdat pgdat() {
        return pgdat;
    }

    @Override
    public void wakeupKswapd(Gfp gfp, int order) {
        kswapd.wakeup(order);
    }

    /** {@code try_to_free_pages}: the caller is in reclaim (PF_MEMALLOC) with its scoped mask. */
    @Override
    public long tryToFreePages(Gfp gfp, int order) {
        return doTryToFreePages(new ScanControl(gfp, SWAP_CLUSTER_MAX, 0, ScanControl.NEVER, false));
    }

    /**
     * {@code try_to_free_mem_cgroup_pages}: reclaim of the memcg {@code memcg} (its path) over the lruvecs of
     * {@code subtree} (memcg ids: the memcg and its descendants) for a charge of {@code nrPages}, at least {@code SWAP_CLUSTER_MAX}, under PF_MEMALLOC, traced
     * {@code mm_vmscan_memcg_reclaim_begin/end}. {@code gfp} is the reclaim mask: the caller applies
     * {@code current_gfp_context} (K-ALLOC-16, K-SCOPE-3), so the memcg variant that forgets it can be selected.
     */
    public long tryToFreeMemCgroupPages(String memcg, List<Integer> subtree, long nrPages, Gfp gfp) {
        SimTask me = rt.current();
        List<MemcgLruvecs.MemcgLruvec> target = new ArrayList<>();
        for (int id : subtree) {
            target.add(pgdat.memcgs.of(id));
        }
        rt.trace(new TraceEvent.MemcgReclaimBegin(rt.clock().nanos(), me.comm(), memcg, gfp, 0));
        ScanControl sc = new ScanControl(gfp, Math.max(nrPages, SWAP_CLUSTER_MAX), 0, ScanControl.NEVER, true);
        sc.target = target;
        long reclaimed;
        try (MemallocScope noreclaim = me.memallocNoreclaimSave()) {
            reclaimed = doTryToFreePages(sc);
        }
        rt.trace(new TraceEvent.MemcgReclaimEnd(rt.clock().nanos(), me.comm(), memcg, reclaimed));
        return reclaimed;
    }

    /** The pages reclaim could free from memcg {@code memcgId}'s own lruvec (a memcg OOM's report). */
    public long memcgReclaimablePages(int memcgId) {
        return lruvec.reclaimablePages(pgdat.memcgs.of(memcgId).lruvec());
    }

    /** {@code do_try_to_free_pages}: priorities from {@code DEF_PRIORITY} until the control is satisfied. */
    long doTryToFreePages(ScanControl sc) {
        boolean isKswapd = rt.current().hasFlag(PfFlag.PF_KSWAPD);
        for (sc.priority = DEF_PRIORITY; sc.priority >= sc.minPriority && sc.nrReclaimed < sc.nrToReclaim
                && !sc.balanced.getAsBoolean(); sc.priority--) {
            shrinkNode(sc, isKswapd);
            if (!isKswapd && sc.target == null) {
                // consider_reclaim_throttle: neither kswapd nor cgroup reclaim throttles NOPROGRESS
                considerReclaimThrottle(sc);
            } else if (kswapdCongestionWait && sc.nrScanned > 0 && sc.priority < DEF_PRIORITY - 2) {
                // v2.6.36..v3.x: "kswapd is getting into trouble. Take a nap" (congestion_wait(BLK_RW_ASYNC, HZ/10))
                rt.scheduleTimeoutUninterruptible(Math.max(1, rt.clock().hz() / 10));
            }
            if (sc.resched) {
                rt.condResched();
            }
        }
        return sc.nrReclaimed;
    }

    /**
     * {@code shrink_node} → {@code shrink_node_memcgs}: each memcg's lruvec (every one for global reclaim, the target's
     * subtree for memcg reclaim), then slab for that memcg with the caller's scoped mask (K-RECLAIM-4, K-SHRINK-3);
     * then the node flags.
     */
    private void shrinkNode(ScanControl sc, boolean isKswapd) {
        sc.nr.clear();
        for (MemcgLruvecs.MemcgLruvec m : sc.target != null ? sc.target : pgdat.memcgs.all()) {
            lruvec.shrinkLruvec(m.lruvec(), sc);
            sc.nrReclaimed += shrinkers.shrinkSlab(sc.gfpMask(), 0, m.memcg(), sc.priority);
        }
        if (isKswapd) {
            if (sc.nr.writeback > 0 && sc.nr.writeback == sc.nr.taken) {
                pgdat.writeback = true;
            }
            if (sc.nr.unqueuedDirty > 0 && sc.nr.unqueuedDirty == sc.nr.fileTaken) {
                pgdat.dirty = true;
            }
            if (sc.nr.immediate > 0) {
                throttle(ReclaimThrottle.Reason.VMSCAN_THROTTLE_WRITEBACK);
            }
        }
        if (sc.nr.dirty > 0 && sc.nr.dirty == sc.nr.congested && isKswapd) {
            pgdat.congested = true;
        }
        if (!isKswapd && pgdat.congested && !rt.current().hasFlag(PfFlag.PF_LOCAL_THROTTLE)) {
            throttle(ReclaimThrottle.Reason.VMSCAN_THROTTLE_CONGESTED);
        }
    }

    /** {@code consider_reclaim_throttle}: wake NOPROGRESS sleepers above 1/8 efficiency, else maybe sleep. */
    private void considerReclaimThrottle(ScanControl sc) {
        if (sc.nrReclaimed > (sc.nrScanned >> 3)) {
            pgdat.throttle.wakeUp(ReclaimThrottle.Reason.VMSCAN_THROTTLE_NOPROGRESS);
            return;
        }
        if (sc.priority == 1 && sc.nrReclaimed == 0 && noprogressThrottle) {
            throttle(ReclaimThrottle.Reason.VMSCAN_THROTTLE_NOPROGRESS);
        }
    }

    void throttle(ReclaimThrottle.Reason reason) {
        pgdat.throttle.throttle(reason, kswapd.hopeless(), lruvec.reclaimablePages());
    }

    public Kswapd kswapd() {
        return kswapd;
    }
}
