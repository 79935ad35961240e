package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.trace.TraceEvent;

/** A planted defect in the runtime: wake-ups are not traced (no {@code Woken}); the trace no longer shows who woke whom. RT-8 must catch it. */
public final class UntracedWakeupsProvider extends TraceRewritingProvider {
    public UntracedWakeupsProvider() {
        super("untraced-wakeups", e -> e instanceof TraceEvent.Woken ? null : e);
    }
}
