package org.reclaimtck.ref.writeback;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.vmscan.Flushers;
import org.reclaimtck.ref.vmscan.Pgdat;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Writeback of one kernel: models {@code bdi_wq} and {@code wakeup_flusher_threads} of {@code fs/fs-writeback.c} and
 * {@code balance_dirty_pages} of {@code mm/page-writeback.c}: a flusher ({@link BdiWriteback}) per backing device on a
 * {@code WQ_MEM_RECLAIM} workqueue (allocated on first use), started for every device with dirty I/O (K-WB-1); a
 * writer over the freerun ceiling starts background writeback and pauses, repeatedly while over the dirty limit
 * (K-WB-2). The variant {@code writeback:no-mem-reclaim-wq} allocates {@code bdi_wq} without {@code WQ_MEM_RECLAIM}.
 */
public final class Writeback implements Flushers {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final Pgdat pgdat;
    private final boolean memReclaim;
    private final Map<String, BdiWriteback> bdis = new LinkedHashMap<>();
    private Workqueue bdiWq;

    public Writeback(SimRuntime rt, PageAllocator pages, Pgdat pgdat, String variant) {
        this.rt = rt;
        this.pages = pages;
        this.pgdat = pgdat;
        this.memReclaim = !WritebackType.NO_MEM_RECLAIM_WQ.equals(variant);
    }

    /** {@code bdi_register}: the flusher of device {@code bdi} gains {@code target} (a super block on it). */
    public void register(String bdi, WritebackTarget target) {
        bdis.computeIfAbsent(bdi, n -> new BdiWriteback(rt, n, this::bdiWq, this::limits,
                () -> pgdat.stat().fileDirty)).addTarget(target);
    }

    private Workqueue bdiWq() {
        if (bdiWq == null) {
            bdiWq = rt.allocWorkqueue("writeback", memReclaim ? EnumSet.of(WqFlag.WQ_MEM_RECLAIM, WqFlag.WQ_UNBOUND)
                    : EnumSet.of(WqFlag.WQ_UNBOUND), 0);
        }
        return bdiWq;
    }

    DirtyLimits limits() {
        return DirtyLimits.of(pages.nrFreePages(), pgdat.filePages());
    }

    @Override
    public void wakeupFlusherThreads(String reason) {
        for (BdiWriteback wb : bdis.values()) {
            if (wb.hasDirtyIo()) {
                wb.startWriteback(reason);
            }
        }
    }

    @Override
    public boolean pageout(org.reclaimtck.ref.mm.KernelFolio folio) {
        for (BdiWriteback wb : bdis.values()) {
            for (WritebackTarget t : wb.targets()) {
                if (t.pageout(folio)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code balance_dirty_pages_ratelimited} for a writer that dirtied folios on {@code bdi}: free-runs below the
     * ceiling (starting background writeback over the background threshold), else pauses ({@code io_schedule_timeout},
     * traced), again and again while over the dirty limit.
     */
    public void balanceDirtyPages(String bdi) {
        BdiWriteback wb = bdis.get(bdi);
        if (wb == null) {
            return;
        }
        int hz = rt.clock().hz();
        long maxPause = Math.max(1, hz / 50);
        while (true) {
            DirtyLimits l = limits();
            long nrDirty = pgdat.stat().writePending();
            if (nrDirty <= l.freerun()) {
                if (pgdat.stat().fileDirty > l.bgThresh() && !wb.inProgress()) {
                    wb.startBackground();
                }
                return;
            }
            if (!wb.inProgress()) {
                wb.startBackground();
            }
            boolean exceeded = nrDirty >= l.thresh();
            long pause = exceeded ? maxPause
                    : Math.max(1, maxPause * (nrDirty - l.freerun()) / Math.max(1, l.thresh() - l.freerun()));
            rt.trace(new TraceEvent.BalanceDirtyPages(rt.clock().nanos(), rt.current().comm(), bdi, l.thresh(),
                    l.freerun(), nrDirty, l.bgThresh(), pause * 1000 / hz));
            rt.scheduleTimeoutUninterruptible(pause);
            if (!exceeded) {
                return;
            }
        }
    }
}
