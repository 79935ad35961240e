package org.reclaimtck.spi.rcu;

/**
 * Read-copy update: models {@code kernel/rcu/tree.c} and {@code kvfree_rcu} of {@code mm/slab_common.c}
 * (K-RCU-1..3). A grace period ends once every task that was inside a read-side critical section when it started has
 * left it; memory handed to {@link #kfreeRcu} returns only after a grace period. A task must not sleep inside a
 * read-side critical section: the kernel traces the section as a held lock ({@code rcu_read_lock}), so a wait inside
 * it is visible.
 */
public interface Rcu {
    /** {@code rcu_read_lock()}: enters (or nests) a read-side critical section of the current task. */
    void readLock();

    /**
     * {@code rcu_read_unlock()}.
     *
     * @throws IllegalStateException if the current task is not in a read-side critical section
     */
    void readUnlock();

    /** {@code synchronize_rcu()}: sleeps until a grace period that started after the call has ended. */
    void synchronizeRcu();

    /**
     * {@code call_rcu(head, func)}: runs {@code callback} after a grace period, in the RCU callback context (which must
     * not sleep). Callable from any context, softirq included.
     */
    void callRcu(String name, Runnable callback);

    /**
     * {@code kvfree_rcu(ptr, rhf)}, the form with an {@code rcu_head}: frees the 2^order pages at {@code pfn} after a
     * grace period. Needs no memory (K-RCU-1); batched, and drained after {@code KFREE_DRAIN_JIFFIES} or by the
     * {@code rcu-kfree} shrinker (K-RCU-2, K-RCU-3).
     */
    void kfreeRcu(long pfn, int order);
}
