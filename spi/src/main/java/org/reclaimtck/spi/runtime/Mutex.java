package org.reclaimtck.spi.runtime;

import org.reclaimtck.spi.task.Task;

/** A sleeping lock with an owner: models {@code kernel/locking/mutex.c}. */
public interface Mutex extends Waitable {
    /** {@code mutex_lock()}: sleeps uninterruptibly until the lock is free. A scheduling point. */
    void lock();

    /**
     * {@code mutex_lock_killable()}: as {@link #lock} but TASK_KILLABLE: true if taken, false ({@code -EINTR})
     * if a fatal signal is pending, without the lock. Providers without signals lock.
     */
    default boolean lockKillable() {
        lock();
        return true;
    }

    /** {@code mutex_trylock()}: true if taken, never sleeps. */
    boolean tryLock();

    /** {@code mutex_unlock()}: only the owner may unlock. */
    void unlock();

    boolean isLocked();

    /** The owner, or null. */
    Task owner();
}
