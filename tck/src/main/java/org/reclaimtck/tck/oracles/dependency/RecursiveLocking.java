package org.reclaimtck.tck.oracles.dependency;

import org.apiguardian.api.API;

/**
 * A task acquiring a lock class it already holds: models lockdep's {@code check_deadlock} finding ("possible recursive
 * locking detected"). A read over a read and a trylock are not findings.
 *
 * @param lockClass the class acquired twice
 * @param second    the second acquisition (or the wait for it)
 * @param first     where the task took the class it still holds
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public record RecursiveLocking(String lockClass, Sighting second, String first) {
    /** The report as lockdep prints it. */
    public String report() {
        return "============================================\n"
                + "WARNING: possible recursive locking detected\n"
                + "--------------------------------------------\n"
                + second.task() + " is trying to acquire lock:\n  " + lockClass + "\n  at: " + second.event()
                + "\nbut task is already holding lock:\n  " + lockClass + "\n  at: " + first
                + "\n\n *** DEADLOCK ***\n";
    }

    @Override
    public String toString() {
        return second.task() + " takes " + lockClass + " holding " + lockClass;
    }
}
