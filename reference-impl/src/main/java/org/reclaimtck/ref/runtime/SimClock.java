package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.runtime.VirtualClock;

/** Virtual time: models {@code jiffies} ({@code include/linux/jiffies.h}); moves only when all tasks sleep. */
final class SimClock implements VirtualClock {
    private final Sim sim;

    SimClock(Sim sim) {
        this.sim = sim;
    }

    @Override
    public long nanos() {
        return sim.now();
    }

    @Override
    public long jiffies() {
        return sim.now() / sim.nanosPerJiffy();
    }

    @Override
    public int hz() {
        return sim.spec().hz();
    }
}
