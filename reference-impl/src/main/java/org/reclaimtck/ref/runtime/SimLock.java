package org.reclaimtck.ref.runtime;

import java.util.Collection;
import java.util.function.Supplier;
import org.reclaimtck.spi.runtime.Waitable;
import org.reclaimtck.spi.task.Task;

/** What every sleeping lock of {@code kernel/locking/} shares: a name, a lock class, and owners as its wakers. */
abstract class SimLock implements Waitable {
    final Sim sim;
    final String name;
    final String lockClass;

    SimLock(Sim sim, String name, String lockClass) {
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

    /** A lock's owners are its wakers; there is nothing to declare. */
    @Override
    public final void wokenBy(Supplier<? extends Collection<? extends Task>> wakers) {
    }
}
