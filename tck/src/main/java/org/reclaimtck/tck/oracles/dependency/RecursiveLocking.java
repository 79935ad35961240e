package org.reclaimtck.tck.oracles.dependency;

import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.LockKind;

/**
 * A task acquiring a lock class it already holds: models lockdep's {@code check_deadlock} finding ("possible recursive
 * locking detected"). A read over a read and a trylock are not findings. A task that holds an element of a mempool and
 * allocates again from the same pool is the same finding for the pool (K-MEMPOOL-3), reported apart (MEMPOOL-2).
 *
 * @param lockClass the class acquired twice (for a mempool, the pool's name)
 * @param second    the second acquisition (or the wait for it)
 * @param first     where the task took the class it still holds
 * @param heldKind  what the task holds of the class: a lock, a transaction or a mempool element
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public record RecursiveLocking(String lockClass, Sighting second, String first, LockKind heldKind) {
    /** The task holds an element of mempool {@link #lockClass()} and allocates another from it. */
    public boolean mempool() {
        return heldKind == LockKind.MEMPOOL_ELEMENT;
    }

    /** The report as lockdep prints it, or for a mempool in the same shape with the pool's words. */
    public String report() {
        if (mempool()) {
            return "============================================\n"
                    + "WARNING: possible mempool deadlock detected\n"
                    + "--------------------------------------------\n"
                    + second.task() + " is trying to allocate from mempool:\n  " + lockClass + "\n  at: "
                    + second.event() + "\nbut task is already holding an element of it:\n  " + lockClass
                    + "\n  at: " + first + "\n\nIf the pool's reserve is empty, the allocation waits for an element"
                    + " to be freed, and the one this task holds is never freed while it waits (K-MEMPOOL-3).\n";
        }
        return "============================================\n"
                + "WARNING: possible recursive locking detected\n"
                + "--------------------------------------------\n"
                + second.task() + " is trying to acquire lock:\n  " + lockClass + "\n  at: " + second.event()
                + "\nbut task is already holding lock:\n  " + lockClass + "\n  at: " + first
                + "\n\n *** DEADLOCK ***\n";
    }

    @Override
    public String toString() {
        if (mempool()) {
            return second.task() + " allocates from mempool " + lockClass + " holding an element of it";
        }
        return second.task() + " takes " + lockClass + " holding " + lockClass;
    }
}
