package org.reclaimtck.ref.runtime;

import java.util.Collection;
import java.util.function.Supplier;
import org.reclaimtck.spi.runtime.Waitable;
import org.reclaimtck.spi.task.Task;

/**
 * What completions and wait queues share ({@code kernel/sched/completion.c}, {@code kernel/sched/wait.c}): a name,
 * a lock class, and the declared wakers that explain a stuck waiter.
 */
abstract class SimSignal implements Waitable {
    final Sim sim;
    final String name;
    final String lockClass;
    final Wakers wakers = new Wakers();

    SimSignal(Sim sim, String name, String lockClass) {
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

    @Override
    public final void wokenBy(Supplier<? extends Collection<? extends Task>> source) {
        wakers.set(source);
    }
}
