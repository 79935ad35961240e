package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.Mm;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Kills too early: the first anonymous fault that finds free memory below the low watermark invokes "the OOM
 * killer" at once, without reclaiming, and reports it (its show_mem counts every page not free as reclaimable page
 * cache, as it is in the cases that use it). OOM-1 must catch it.
 */
public final class EagerOomProvider extends ForwardingProvider {
    public EagerOomProvider() {
        super("eager-oom");
    }

    @Override
    protected Kernel wrap(Kernel kernel) {
        return new ForwardingKernel(kernel) {
            private boolean killed;

            @Override
            public Mm mm() {
                Mm mm = delegate.mm();
                PageAllocator pa = delegate.pageAllocator();
                return new ForwardingMm(mm) {
                    @Override
                    public long faultInAnon(long pages) {
                        long done = 0;
                        for (long i = 0; i < pages; i++) {
                            if (!killed && pa.nrFreePages() <= pa.watermarks().low()) {
                                killed = true;
                                String me = delegate.runtime().current().comm();
                                delegate.runtime().trace(new TraceEvent.OomKill(delegate.runtime().clock().nanos(),
                                        me, me, Gfp.GFP_HIGHUSER_MOVABLE, 0, 1, 0, pa.nrFreePages(),
                                        pa.managedPages() - pa.nrFreePages(), pa.watermarks().min(),
                                        "CONSTRAINT_NONE", "Out of memory: Killed process (" + me + ")"));
                            }
                            done += mm.faultInAnon(1);
                        }
                        return done;
                    }
                };
            }
        };
    }
}
