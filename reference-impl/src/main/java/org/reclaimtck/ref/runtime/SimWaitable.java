package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.runtime.Waitable;

/** What every object a task can sleep on has: its simulator, its name and its lock class (lockdep's key). */
abstract class SimWaitable implements Waitable {
    final Sim sim;
    final String name;
    final String lockClass;

    SimWaitable(Sim sim, String name, String lockClass) {
        this.sim = sim;
        this.name = name;
        this.lockClass = lockClass;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String lockClass() {
        return lockClass;
    }
}
