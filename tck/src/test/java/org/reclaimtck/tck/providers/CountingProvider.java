package org.reclaimtck.tck.providers;

import java.util.concurrent.atomic.AtomicInteger;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;

/** The reference, counting boots (one per run) so a test can see how often each (case, seed) ran. */
public final class CountingProvider extends ForwardingProvider {
    public static final AtomicInteger BOOTS = new AtomicInteger();

    public CountingProvider() {
        super("counting");
    }

    @Override
    public Kernel boot(MachineSpec spec) {
        BOOTS.incrementAndGet();
        return super.boot(spec);
    }
}
