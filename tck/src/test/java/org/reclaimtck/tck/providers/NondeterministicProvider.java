package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;

/** Ignores the seed: each boot schedules with a seed taken from the wall clock, so reruns differ. */
public final class NondeterministicProvider extends ForwardingProvider {
    public NondeterministicProvider() {
        super("nondeterministic");
    }

    @Override
    public Kernel boot(MachineSpec spec) {
        return reference.boot(spec.toBuilder().seed(System.nanoTime()).build());
    }
}
