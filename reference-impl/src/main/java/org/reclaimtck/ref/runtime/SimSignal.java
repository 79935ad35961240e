package org.reclaimtck.ref.runtime;

import java.util.Collection;
import java.util.function.Supplier;
import org.reclaimtck.spi.task.Task;

/**
 * What completions and wait queues share ({@code kernel/sched/completion.c}, {@code kernel/sched/wait.c}): the
 * declared wakers that explain a stuck waiter.
 */
abstract class SimSignal extends SimWaitable {
    final Wakers wakers = new Wakers();

    SimSignal(Sim sim, String name, String lockClass) {
        super(sim, name, lockClass);
    }

    @Override
    public final void wokenBy(Supplier<? extends Collection<? extends Task>> source) {
        wakers.set(source);
    }
}
