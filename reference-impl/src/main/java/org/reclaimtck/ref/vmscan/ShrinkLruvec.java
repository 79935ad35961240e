package org.reclaimtck.ref.vmscan;

import java.util.List;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Reclaim of one lruvec (a memcg's on the node): models {@code shrink_lruvec}, {@code shrink_list}, {@code shrink_inactive_list},
 * {@code shrink_active_list}, {@code inactive_is_low} and {@code too_many_isolated} of {@code mm/vmscan.c}: each
 * evictable list scanned {@code size >> priority} folios, {@code SWAP_CLUSTER_MAX} at a time (K-RECLAIM-1); the active
 * list deactivated while the inactive one is low; too many isolated folios throttle a direct reclaimer once
 * (K-VMSCAN-9); a batch of dirty-unqueued folios only wakes the flushers (K-VMSCAN-8). The anon lists are scanned
 * only while {@code can_reclaim_anon_pages} (a swap device with free slots), then as their size at the priority like
 * the file lists ({@code get_scan_count} simplified to SCAN_EQUAL, docs/model.md).
 */
final class ShrinkLruvec {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final Pgdat pgdat;
    private final Flushers flushers;
    private final boolean wakeFlushers;
    private final boolean kswapdWritepage;
    private SwapOps swap = SwapOps.NONE;

    ShrinkLruvec(SimRuntime rt, PageAllocator pages, Pgdat pgdat, Flushers flushers, boolean wakeFlushers,
                 boolean kswapdWritepage) {
        this.kswapdWritepage = kswapdWritepage;
        this.rt = rt;
        this.pages = pages;
        this.pgdat = pgdat;
        this.flushers = flushers;
        this.wakeFlushers = wakeFlushers;
    }

    void bindSwap(SwapOps swap) {
        this.swap = swap;
    }

    /** {@code zone_reclaimable_pages}: the file lists, and the anon lists while anon can be reclaimed. */
    long reclaimablePages() {
        return pgdat.memcgs.filePages() + (swap.canReclaimAnon() ? pgdat.memcgs.anonPages() : 0);
    }

    /** The pages reclaim could free from one memcg's {@code lruvec} (a memcg OOM's report). */
    long reclaimablePages(Lruvec lruvec) {
        return lruvec.filePages() + (swap.canReclaimAnon() ? lruvec.anonPages() : 0);
    }

    /** {@code shrink_lruvec}: the file lists, then (with swap) the anon lists, at {@code sc.priority}. */
    long shrinkLruvec(Lruvec lruvec, ScanControl sc) {
        long reclaimed = shrinkLists(lruvec, sc, true);
        if (swap.canReclaimAnon()) {
            reclaimed += shrinkLists(lruvec, sc, false);
        }
        return reclaimed;
    }

    /** {@code shrink_list} for the active and inactive list of one type. */
    private long shrinkLists(Lruvec lruvec, ScanControl sc, boolean file) {
        long nrInactive = lruvec.size(LruList.of(file, false)) >> sc.priority;
        long nrActive = lruvec.size(LruList.of(file, true)) >> sc.priority;
        long reclaimed = 0;
        if (nrActive > 0 && inactiveIsLow(lruvec, file)) {
            shrinkActiveList(lruvec, nrActive, sc, file);
        }
        while (nrInactive > 0) {
            long batch = Math.min(nrInactive, Vmscan.SWAP_CLUSTER_MAX);
            nrInactive -= batch;
            reclaimed += shrinkInactiveList(lruvec, batch, sc, file);
        }
        return reclaimed;
    }

    /** {@code inactive_is_low}: inactive * ratio < active, ratio {@code int_sqrt(10 * GiB)} or 1 below a GiB. */
    private static boolean inactiveIsLow(Lruvec lruvec, boolean file) {
        long inactive = lruvec.size(LruList.of(file, false));
        long active = lruvec.size(LruList.of(file, true));
        long gb = (inactive + active) >> (30 - 12);
        long ratio = gb > 0 ? (long) Math.sqrt(10.0 * gb) : 1;
        return inactive * ratio < active;
    }

    /** {@code shrink_inactive_list} of the inactive file or anon list. */
    private long shrinkInactiveList(Lruvec lruvec, long nrToScan, ScanControl sc, boolean file) {
        SimTask me = rt.current();
        boolean kswapd = me.hasFlag(PfFlag.PF_KSWAPD);
        boolean stalled = false;
        while (tooManyIsolated(kswapd, sc.gfpMask(), file)) {
            if (stalled) {
                return 0;
            }
            stalled = true;
            pgdat.throttle.throttle(ReclaimThrottle.Reason.VMSCAN_THROTTLE_ISOLATED, false, 0);
        }
        List<KernelFolio> taken = lruvec.isolate(LruList.of(file, false), nrToScan);
        if (taken.isEmpty()) {
            return 0;
        }
        isolated(file, taken.size());
        sc.nrScanned += taken.size();
        ReclaimStat stat = new ReclaimStat();
        ShrinkFolioList.Result r = ShrinkFolioList.shrink(taken, pgdat, pages, kswapd, stat,
                kswapdWritepage ? flushers : null, sc.gfpMask(), swap, rt.gfpContext());
        for (KernelFolio f : r.activate) {
            lruvec.addFolio(f);
        }
        for (KernelFolio f : r.keep) {
            lruvec.addFolio(f);
        }
        isolated(file, -taken.size());
        if (file && stat.unqueuedDirty == taken.size() && wakeFlushers) {
            // K-VMSCAN-8: the tail is all dirty and nobody writes it; cgroup v1 would also throttle here
            flushers.wakeupFlusherThreads("vmscan");
        }
        stat.taken = taken.size();
        stat.fileTaken = file ? taken.size() : 0;
        sc.nr.add(stat);
        sc.nrReclaimed += r.reclaimed;
        rt.trace(new TraceEvent.LruShrinkInactive(rt.clock().nanos(), me.comm(), 0, taken.size(), r.reclaimed,
                stat.dirty, stat.unqueuedDirty, stat.writeback, stat.congested, stat.immediate, stat.activateAnon,
                stat.activateFile, stat.refKeep, sc.priority, file));
        return r.reclaimed;
    }

    private void isolated(boolean file, long delta) {
        if (file) {
            pgdat.stat.isolatedFile += delta;
        } else {
            pgdat.stat.isolatedAnon += delta;
        }
    }

    /** {@code too_many_isolated}: not for kswapd; IO|FS callers get an eighth of the inactive list (K-VMSCAN-9). */
    private boolean tooManyIsolated(boolean kswapd, Gfp gfp, boolean file) {
        if (kswapd) {
            return false;
        }
        long inactive = pgdat.memcgs.size(LruList.of(file, false));
        if (gfp.allowsIo() && gfp.allowsFs()) {
            inactive >>= 3;
        }
        boolean tooMany = (file ? pgdat.stat.isolatedFile : pgdat.stat.isolatedAnon) > inactive;
        if (!tooMany) {
            pgdat.throttle.wakeUp(ReclaimThrottle.Reason.VMSCAN_THROTTLE_ISOLATED);
        }
        return tooMany;
    }

    /**
     * {@code shrink_active_list}: folios off the active tail; unmapped or unreferenced ones are deactivated to the
     * inactive list, referenced mapped ones rotate back.
     */
    private void shrinkActiveList(Lruvec lruvec, long nrToScan, ScanControl sc, boolean file) {
        List<KernelFolio> taken = lruvec.isolate(LruList.of(file, true), nrToScan);
        long referenced = 0;
        long deactivated = 0;
        for (KernelFolio f : taken) {
            if (f.isMapped() && f.testClearReferenced()) {
                referenced++;
            } else {
                f.setActive(false);
                deactivated++;
            }
            lruvec.addFolio(f);
        }
        rt.trace(new TraceEvent.LruShrinkActive(rt.clock().nanos(), rt.current().comm(), 0, taken.size(),
                taken.size() - deactivated, deactivated, referenced, sc.priority, file));
    }
}
