package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;

/** Misses deadlocks: every {@code Outcome.Deadlock} of the reference is reported as "no progress" instead. */
public final class CycleBlindProvider extends ForwardingProvider {
    public CycleBlindProvider() {
        super("cycle-blind");
    }

    @Override
    protected Kernel wrap(Kernel kernel) {
        return new ForwardingKernel(kernel) {
            @Override
            public RunResult run() {
                RunResult r = delegate.run();
                if (!(r.outcome() instanceof Outcome.Deadlock)) {
                    return r;
                }
                return new RunResult(r.seed(), new Outcome.NoProgress("step", "tasks stopped making progress"),
                        r.trace(), r.statistics());
            }
        };
    }
}
