package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.stack.StackPart;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A kernel whose reclaimability ignores swap (zone_reclaimable_pages counting the file LRU alone): with a swap device
 * and no page cache, the first anonymous fault below the low watermark "finds nothing reclaimable" and invokes the
 * OOM killer, whose report says reclaimable=0 while its show_mem lines show the anon LRU and the free swap slots.
 * OOM-1, which computes zone_reclaimable_pages from those lines, must catch it; a judge that trusted the kernel's own
 * figure would not.
 */
public final class SwapBlindOomProvider extends FaultTimeOomProvider {
    public SwapBlindOomProvider() {
        super("swap-blind-oom");
    }

    private static long swapPages(Kernel kernel) {
        return kernel.spec().stack().parts().stream().filter(p -> p.role() == StackPart.Role.SWAP)
                .mapToLong(p -> Long.parseLong(p.options().get("pages"))).sum();
    }

    @Override
    protected boolean oomNow(Kernel kernel, PageAllocator pa) {
        return pa.nrFreePages() <= pa.watermarks().low() && swapPages(kernel) > 0;
    }

    @Override
    protected TraceEvent.OomKill report(Kernel kernel, PageAllocator pa, String me) {
        long anon = pa.managedPages() - pa.nrFreePages();
        return new TraceEvent.OomKill(kernel.runtime().clock().nanos(), me, me, Gfp.GFP_HIGHUSER_MOVABLE, 0, anon,
                anon, pa.nrFreePages(), 0, pa.watermarks().min(), "CONSTRAINT_NONE",
                "Out of memory: Killed process (" + me + ")", anon, 0, swapPages(kernel));
    }
}
