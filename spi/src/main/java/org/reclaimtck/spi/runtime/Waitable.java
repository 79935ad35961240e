package org.reclaimtck.spi.runtime;

import java.util.Collection;
import java.util.function.Supplier;
import org.reclaimtck.spi.task.Task;

/**
 * Anything a task can block on: models the wait side of {@code kernel/locking/} and
 * {@code kernel/sched/wait.c}. The lock class groups instances for dependency analysis, as
 * lockdep's {@code struct lock_class_key} does (K-LOCKDEP-1).
 */
public interface Waitable {
    /** This instance, e.g. {@code sb->s_umount (A)}. */
    String name();

    /** The class of instances that share locking rules, e.g. {@code &type->s_umount_key}. */
    String lockClass();

    /**
     * Declares whose progress can wake this object's waiters (for a completion: the task that will
     * complete it). Used only to explain a deadlock or a lost wakeup; it never changes scheduling.
     * Locks know their owners and need no declaration.
     */
    void wokenBy(Supplier<? extends Collection<? extends Task>> wakers);
}
