package org.reclaimtck.tck.oracles.model;

import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A lock a task holds, as lockdep's {@code held_locks} entry: its kind, object, class and the event that took it.
 *
 * @param kind   mutex, rwsem (read or write) or transaction
 * @param object the instance, e.g. {@code inode_lock} or {@code 'xfs_create' on A}
 * @param cls    the lock class, e.g. {@code i_rwsem} or {@code A->log}
 * @param at     the {@link TraceEvent.LockAcquired} that took it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record HeldLock(LockKind kind, String object, String cls, TraceEvent.LockAcquired at) {
    /** Held for read ({@code down_read}, {@code rcu_read_lock}). */
    public boolean read() {
        return kind == LockKind.RWSEM_READ || kind == LockKind.RCU_READ;
    }

    /** A filesystem transaction (log-space reservation). */
    public boolean transaction() {
        return kind == LockKind.TRANSACTION;
    }

    /** {@code mutex a (class ab_class)}, as wait edges show held locks. */
    public String describe() {
        return kind.label() + " " + object + (cls.equals(object) ? "" : " (class " + cls + ")");
    }
}
