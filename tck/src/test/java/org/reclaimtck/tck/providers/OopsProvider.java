package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.RunResult;

/**
 * The reference, plus a task "oops" that hits a BUG() after one scheduling point: every run ends mid-workload in an
 * implementation error, so a rule that reads the trace must come out inconclusive, not passed.
 */
public final class OopsProvider extends ForwardingProvider {
    public static final String BUG = "kernel BUG at mm/oops.c:7!";

    public OopsProvider() {
        super("oops");
    }

    @Override
    protected Kernel wrap(Kernel kernel) {
        return new ForwardingKernel(kernel) {
            @Override
            public RunResult run() {
                delegate.spawn("oops", () -> {
                    delegate.runtime().condResched();
                    throw new IllegalStateException(BUG);
                });
                return delegate.run();
            }
        };
    }
}
