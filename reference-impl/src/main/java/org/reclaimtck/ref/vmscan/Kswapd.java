package org.reclaimtck.ref.vmscan;

import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The background reclaimer: models {@code kswapd}, {@code balance_pgdat} and {@code wakeup_kswapd} of
 * {@code mm/vmscan.c}. It runs with PF_MEMALLOC|PF_KSWAPD for life, reclaims with GFP_KERNEL until the
 * zone meets HIGH, and after {@code MAX_RECLAIM_RETRIES} runs without progress is hopeless and no longer
 * woken (K-SCOPE-5, K-VMSCAN-14, K-VMSCAN-15).
 */
public final class Kswapd {
    static final int MAX_RECLAIM_RETRIES = 16;

    private final SimRuntime rt;
    private final PageAllocator pages;
    private final Vmscan vmscan;
    private final WaitQueue kswapdWait;
    private SimTask task;
    private boolean wanted;
    private int failures;

    Kswapd(SimRuntime rt, PageAllocator pages, Vmscan vmscan) {
        this.rt = rt;
        this.pages = pages;
        this.vmscan = vmscan;
        this.kswapdWait = rt.waitQueue("pgdat->kswapd_wait");
    }

    /** Starts {@code kswapd0}; called at boot. */
    public void start() {
        task = (SimTask) rt.kthreadRun("kswapd0", this::loop).task();
        task.setFlag(PfFlag.PF_MEMALLOC);
        task.setFlag(PfFlag.PF_KSWAPD);
    }

    /** {@code wakeup_kswapd}: a no-op unless kswapd sleeps; hopeless or balanced nodes are left alone. */
    void wakeup(int order) {
        if (task == null || wanted || failures >= MAX_RECLAIM_RETRIES
                || balanced(pages.watermarks().low())) {
            return;
        }
        wanted = true;
        rt.trace(new TraceEvent.KswapdWake(rt.clock().nanos(), rt.current().comm(), 0, order));
        kswapdWait.wakeUpAll();
    }

    private void loop() {
        while (!rt.kthreadShouldStop()) {
            kswapdWait.waitEventIdle(() -> wanted || rt.kthreadShouldStop());
            if (rt.kthreadShouldStop()) {
                return;
            }
            balancePgdat();
            wanted = false;
            rt.trace(new TraceEvent.KswapdSleep(rt.clock().nanos(), "kswapd0", 0));
        }
    }

    /**
     * {@code balance_pgdat}: priorities 12..1 with GFP_KERNEL until the zone meets HIGH (the priority loop of
     * {@link Vmscan#doTryToFreePages}); a balanced node clears its PGDAT_DIRTY/WRITEBACK/congested state.
     */
    private void balancePgdat() {
        long high = pages.watermarks().high();
        long reclaimed = vmscan.doTryToFreePages(new ScanControl(Gfp.GFP_KERNEL, Long.MAX_VALUE, 1,
                () -> balanced(high), true));
        // newest kernels reset the failure count only once the node is balanced (K-VMSCAN-16)
        if (balanced(high)) {
            failures = 0;
            vmscan.pgdat().clearCongested();
        } else if (reclaimed == 0) {
            failures++;
        }
    }

    /** {@code kswapd_failures >= MAX_RECLAIM_RETRIES}: kswapd gave up on the node. */
    boolean hopeless() {
        return failures >= MAX_RECLAIM_RETRIES;
    }

    /** {@code pgdat_balanced}: an order-0 page leaves the zone above {@code mark}. */
    private boolean balanced(long mark) {
        return pages.nrFreePages() > mark;
    }

    /** {@code pgdat->kswapd_failures}. */
    public int failures() {
        return failures;
    }
}
