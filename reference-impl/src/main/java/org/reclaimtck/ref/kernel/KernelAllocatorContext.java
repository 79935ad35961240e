package org.reclaimtck.ref.kernel;

import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.vmscan.Vmscan;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.part.AllocatorContext;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * What a user's page allocator calls: {@code wakeup_kswapd} and {@code try_to_free_pages} of {@code mm/vmscan.c},
 * traced by the kernel ({@code mm_vmscan_direct_reclaim_begin/end} as {@code try_to_free_pages} traces them).
 */
final class KernelAllocatorContext implements AllocatorContext {
    private final SimRuntime rt;
    private final long managedPages;
    private Vmscan vmscan;

    KernelAllocatorContext(SimRuntime rt, long managedPages) {
        this.rt = rt;
        this.managedPages = managedPages;
    }

    /** Reclaim is built after the allocator it serves. */
    void bind(Vmscan vmscan) {
        this.vmscan = vmscan;
    }

    @Override
    public long managedPages() {
        return managedPages;
    }

    @Override
    public KernelRuntime runtime() {
        return rt;
    }

    @Override
    public void wakeupKswapd(Gfp gfp, int order) {
        vmscan.wakeupKswapd(gfp, order);
    }

    @Override
    public long tryToFreePages(Gfp gfp, int order) {
        String comm = rt.current().comm();
        rt.trace(new TraceEvent.DirectReclaimBegin(rt.clock().nanos(), comm, gfp, order));
        long reclaimed = vmscan.tryToFreePages(gfp, order);
        rt.trace(new TraceEvent.DirectReclaimEnd(rt.clock().nanos(), comm, reclaimed));
        return reclaimed;
    }
}
