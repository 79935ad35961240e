package org.reclaimtck.spi.trace;

/** What kind of lock a lock event names: models the lock types lockdep tracks ({@code kernel/locking/}). */
public enum LockKind {
    MUTEX("mutex"),
    RWSEM_READ("rwsem(read)"),
    RWSEM_WRITE("rwsem(write)"),
    /** A filesystem transaction's log-space reservation, tracked per superblock like a lock class. */
    TRANSACTION("transaction"),
    /**
     * An element taken from a mempool, held by the task that took it until it is freed; the class is the pool's
     * name, so a nested allocation from the same pool shows as recursion (K-MEMPOOL-3).
     */
    MEMPOOL_ELEMENT("mempool element"),
    /**
     * A read-side critical section ({@code rcu_read_lock}), as lockdep's {@code rcu_lock_map}: recursive for read,
     * class {@code rcu_read_lock}; a task must not sleep while it holds one.
     */
    RCU_READ("rcu_read_lock");

    private final String label;

    LockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
