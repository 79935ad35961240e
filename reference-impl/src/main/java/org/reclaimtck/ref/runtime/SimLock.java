package org.reclaimtck.ref.runtime;

import java.util.Collection;
import java.util.function.Supplier;
import org.reclaimtck.spi.task.Task;

/** What every sleeping lock of {@code kernel/locking/} shares: its owners are its wakers. */
abstract class SimLock extends SimWaitable {
    SimLock(Sim sim, String name, String lockClass) {
        super(sim, name, lockClass);
    }

    /** A lock's owners are its wakers; there is nothing to declare. */
    @Override
    public final void wokenBy(Supplier<? extends Collection<? extends Task>> wakers) {
    }
}
