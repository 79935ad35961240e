package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.Mm;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A kernel whose "OOM killer" runs inside an anonymous fault, once: before the fault that first finds
 * {@link #oomNow} true it traces the report {@link #report} makes, naming the faulting task as its own victim, then
 * faults on as the reference does. The OOM rules must catch the premature kill from that report alone.
 */
abstract class FaultTimeOomProvider extends ForwardingProvider {
    FaultTimeOomProvider(String name) {
        super(name);
    }

    /** True if the fault about to be made invokes the OOM killer. */
    protected abstract boolean oomNow(Kernel kernel, PageAllocator pa);

    /** The {@code oom:mark_victim} report traced for task {@code me}, which kills itself. */
    protected abstract TraceEvent.OomKill report(Kernel kernel, PageAllocator pa, String me);

    @Override
    protected final Kernel wrap(Kernel kernel) {
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
                            if (!killed && oomNow(delegate, pa)) {
                                killed = true;
                                delegate.runtime().trace(report(delegate, pa, delegate.runtime().current().comm()));
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
