package org.reclaimtck.ref.mm;

import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.Watermarks;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The reference page allocator of one zone (part type {@value #TYPE}): models {@code __alloc_pages} and {@code __alloc_pages_slowpath} of
 * {@code mm/page_alloc.c}: scoped mask at entry (K-SCOPE-3), fast path at LOW, slow path waking kswapd,
 * MIN, reserves for PF_MEMALLOC, direct reclaim under PF_MEMALLOC, the retry and NOFAIL rules
 * (K-ALLOC-2..14). Pages are counted, not placed: there is no fragmentation (docs/model.md).
 */
public final class PageAlloc implements PageAllocator {
    public static final String TYPE = "page-alloc";
    static final int PAGE_ALLOC_COSTLY_ORDER = 3;
    static final int MAX_RECLAIM_RETRIES = 16;

    private final SimRuntime rt;
    private final Zone zone;
    private final java.util.Set<String> warnedOnce = new java.util.HashSet<>();
    private Reclaimer reclaimer;
    private OutOfMemory oom;
    private AnonMemory mms;
    private long nextPfn = 1;

    public PageAlloc(SimRuntime rt, long managedPages) {
        this.rt = rt;
        this.zone = new Zone(managedPages);
    }

    /** Wires reclaim (vmscan sits above mm, so it registers itself). */
    public void setReclaimer(Reclaimer reclaimer) {
        this.reclaimer = reclaimer;
    }

    /** Wires the OOM killer ({@code oom} sits above mm) and the tasks' mms (for {@code tsk_is_oom_victim}). */
    public void setOutOfMemory(OutOfMemory oom, AnonMemory mms) {
        this.oom = oom;
        this.mms = mms;
    }

    /** {@code tsk_is_oom_victim(current)}: the OOM killer marked the task (K-ALLOC-6). */
    private boolean oomVictim(SimTask me) {
        MmStruct mm = mms == null ? null : mms.mmOf(me);
        return mm != null && mm.oomVictim();
    }

    /** The kernel's entry ({@link PageAllocEntry}) traced the request; this is {@code __alloc_pages} proper. */
    @Override
    public long allocPages(Gfp gfp, int order) {
        SimTask me = rt.current();
        Gfp eff = me.currentGfpContext(gfp);
        boolean pfMemalloc = me.hasFlag(PfFlag.PF_MEMALLOC);
        if (zone.watermarkOk(order, zone.wmark.low(), 0)) {
            return take(order);
        }
        return slowpath(me, eff, order, pfMemalloc);
    }

    private long slowpath(SimTask me, Gfp gfp, int order, boolean pfMemalloc) {
        boolean costly = order > PAGE_ALLOC_COSTLY_ORDER;
        boolean nofail = gfp.has(Gfp.__GFP_NOFAIL);
        if (nofail) {
            nofailChecks(me, gfp, order, pfMemalloc);
        }
        int allocFlags = AllocFlags.fromGfp(gfp);
        int noProgressLoops = 0;
        while (true) {
            if ((allocFlags & AllocFlags.ALLOC_KSWAPD) != 0 && reclaimer != null) {
                reclaimer.wakeupKswapd(gfp, order);
            }
            if (zone.watermarkOk(order, zone.wmark.min(), allocFlags)) {
                return take(order);
            }
            int reserve = AllocFlags.reserveRights(gfp, pfMemalloc, oomVictim(me));
            if (reserve != 0 && zone.watermarkOk(order, zone.wmark.min(), reserve)) {
                return take(order);
            }
            if (!gfp.allowsBlocking() || pfMemalloc || reclaimer == null) {
                if (nofail && gfp.allowsBlocking()) {
                    allocFlags = nofailRetry(allocFlags);
                    continue;
                }
                return nopage(me, gfp, order);
            }
            long progress = directReclaim(me, gfp, order);
            if (zone.watermarkOk(order, zone.wmark.min(), allocFlags)) {
                return take(order);
            }
            if (!nofail && gfp.has(Gfp.__GFP_NORETRY)) {
                return nopage(me, gfp, order);
            }
            if (!nofail && costly && !gfp.has(Gfp.__GFP_RETRY_MAYFAIL)) {
                return nopage(me, gfp, order);
            }
            noProgressLoops = progress > 0 && !costly ? 0 : noProgressLoops + 1;
            if (noProgressLoops <= MAX_RECLAIM_RETRIES) {
                retryWait(me);
                continue;
            }
            if (!costly && !gfp.has(Gfp.__GFP_RETRY_MAYFAIL) && !gfp.has(Gfp.__GFP_THISNODE)) {
                // __alloc_pages_may_oom (K-ALLOC-11): one try at HIGH, then out_of_memory
                if (zone.watermarkOk(order, zone.wmark.high(), allocFlags)) {
                    return take(order);
                }
                boolean oomProgress = outOfMemory(me, gfp, order);
                if (nofail && oomProgress && zone.watermarkOk(order, 0, AllocFlags.ALLOC_NO_WATERMARKS)) {
                    return take(order);
                }
                // K-ALLOC-7: an OOM victim that already had ALLOC_OOM (or may not use reserves) fails
                if (oomVictim(me) && ((reserve & AllocFlags.ALLOC_OOM) != 0 || gfp.has(Gfp.__GFP_NOMEMALLOC))) {
                    return nopage(me, gfp, order);
                }
                if (oomProgress) {
                    // K-ALLOC-12 and K-OOM-1: retry while the OOM killer makes progress; the model naps a jiffy
                    // (as v4.14 did after a kill) so the victim runs and exits
                    noProgressLoops = 0;
                    rt.sleepKillable(1);
                    continue;
                }
            }
            if (nofail) {
                allocFlags = nofailRetry(allocFlags);
                noProgressLoops = 0;
                continue;
            }
            return nopage(me, gfp, order);
        }
    }

    /** {@code out_of_memory} through the OOM killer; without one (a user allocator's kernel), the run ends. */
    private boolean outOfMemory(SimTask me, Gfp gfp, int order) {
        if (oom != null) {
            return oom.outOfMemory(gfp, order);
        }
        rt.panic(new Outcome.OutOfMemory("out_of_memory: " + me.comm() + " gfp_mask=" + gfp + " order=" + order
                + ", free " + zone.free + " pages (" + zone.wmark + "), nothing reclaimable and no OOM killer"));
        return false;
    }

    /** {@code __perform_reclaim}: cond_resched, PF_MEMALLOC scope, {@code try_to_free_pages} (K-ALLOC-9). */
    private long directReclaim(SimTask me, Gfp gfp, int order) {
        rt.condResched();
        rt.trace(new TraceEvent.DirectReclaimBegin(rt.clock().nanos(), me.comm(), gfp, order));
        long reclaimed;
        try (MemallocScope noreclaim = me.memallocNoreclaimSave()) {
            reclaimed = reclaimer.tryToFreePages(gfp, order);
        }
        rt.trace(new TraceEvent.DirectReclaimEnd(rt.clock().nanos(), me.comm(), reclaimed));
        return reclaimed;
    }

    /** {@code should_reclaim_retry}'s pause: workqueue workers sleep a jiffy, others only cond_resched. */
    private void retryWait(SimTask me) {
        if (me.hasFlag(PfFlag.PF_WQ_WORKER)) {
            rt.scheduleTimeoutUninterruptible(1);
        } else {
            rt.condResched();
        }
    }

    /** K-ALLOC-14: a blocking NOFAIL request at nopage retries with ALLOC_MIN_RESERVE after cond_resched. */
    private int nofailRetry(int allocFlags) {
        rt.condResched();
        return allocFlags | AllocFlags.ALLOC_MIN_RESERVE;
    }

    private long nopage(SimTask me, Gfp gfp, int order) {
        if (!gfp.has(Gfp.__GFP_NOWARN)) {
            warn(me, "alloc-failure", me.comm() + ": page allocation failure: order:" + order + ", mode:" + gfp
                    + ", free " + zone.free + " (" + zone.wmark + ")", false);
        }
        return -1;
    }

    /** WARN_ON_ONCE at slow-path entry for NOFAIL misuse [v6.12+] (K-ALLOC-13). */
    private void nofailChecks(SimTask me, Gfp gfp, int order, boolean pfMemalloc) {
        if (order > 1) {
            warn(me, "nofail-order", "__GFP_NOFAIL with order " + order + " > 1 (" + gfp + ")", true);
        }
        if (!gfp.allowsBlocking()) {
            warn(me, "nofail-nonblocking", "__GFP_NOFAIL without __GFP_DIRECT_RECLAIM (" + gfp + ")", true);
        }
        if (pfMemalloc) {
            warn(me, "nofail-pf-memalloc", "__GFP_NOFAIL from reclaim context (PF_MEMALLOC) (" + gfp + ")", true);
        }
    }

    private void warn(SimTask me, String kind, String message, boolean once) {
        if (once && !warnedOnce.add(kind)) {
            return;
        }
        rt.trace(new TraceEvent.Warning(rt.clock().nanos(), me.comm(), kind, message));
    }

    private long take(int order) {
        zone.free -= 1L << order;
        long pfn = nextPfn;
        nextPfn += 1L << order;
        return pfn;
    }

    @Override
    public void freePages(long pfn, int order) {
        if (pfn <= 0) {
            throw new IllegalArgumentException("__free_pages of an invalid page " + pfn);
        }
        zone.free += 1L << order;
        if (zone.free > zone.managed) {
            throw new IllegalStateException("more pages freed than managed: double free of pfn " + pfn);
        }
    }

    @Override
    public long nrFreePages() {
        return zone.free;
    }

    @Override
    public long managedPages() {
        return zone.managed;
    }

    @Override
    public Watermarks watermarks() {
        return zone.wmark;
    }
}
