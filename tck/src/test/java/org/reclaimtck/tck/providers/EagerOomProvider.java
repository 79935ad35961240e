package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Kills too early: the first anonymous fault that finds free memory below the low watermark invokes "the OOM
 * killer" at once, without reclaiming, and reports it (its show_mem counts every page not free as reclaimable page
 * cache, as it is in the cases that use it). OOM-1 must catch it.
 */
public final class EagerOomProvider extends FaultTimeOomProvider {
    public EagerOomProvider() {
        super("eager-oom");
    }

    @Override
    protected boolean oomNow(Kernel kernel, PageAllocator pa) {
        return pa.nrFreePages() <= pa.watermarks().low();
    }

    @Override
    protected TraceEvent.OomKill report(Kernel kernel, PageAllocator pa, String me) {
        return new TraceEvent.OomKill(kernel.runtime().clock().nanos(), me, me, Gfp.GFP_HIGHUSER_MOVABLE, 0, 1, 0,
                pa.nrFreePages(), pa.managedPages() - pa.nrFreePages(), pa.watermarks().min(), "CONSTRAINT_NONE",
                "Out of memory: Killed process (" + me + ")");
    }
}
