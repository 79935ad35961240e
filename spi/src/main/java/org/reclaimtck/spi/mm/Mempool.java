package org.reclaimtck.spi.mm;

import org.reclaimtck.spi.gfp.Gfp;

/**
 * A memory pool with a guaranteed reserve: models {@code mempool_t} of {@code mm/mempool.c} (K-MEMPOOL-1..3).
 * An element is a page frame number of the pool's order. A caller that may block never gets a failure: it waits for
 * an element to come back. That guarantee holds only while every holder returns its element without first needing
 * another from the same pool (K-MEMPOOL-3); the kernel traces each element as held by the task that took it, so a
 * nested allocation from the same pool is visible to the dependency oracle.
 */
public interface Mempool {
    /** The pool's name, e.g. {@code fs_bio_set}: the class its elements and waits are traced under. */
    String name();

    /**
     * {@code mempool_alloc(pool, gfp)}: the backing allocator first (without direct reclaim and I/O, K-MEMPOOL-1),
     * then a reserved element, then, for a caller that may block, a wait for a freed element and a retry.
     *
     * @return the element, or -1 ({@code NULL}) only for a caller without {@code __GFP_DIRECT_RECLAIM}
     * @throws IllegalArgumentException for {@code __GFP_ZERO}, which a mempool rejects (K-MEMPOOL-3)
     */
    long alloc(Gfp gfp);

    /**
     * {@code mempool_free(element, pool)}: refills the reserve while it is below {@code min_nr} (waking a waiter),
     * else frees the element to the backing allocator (K-MEMPOOL-2). Any task may free an element.
     *
     * @throws IllegalStateException if the element is not one this pool handed out
     */
    void free(long element);

    /** {@code pool->min_nr}: the reserve the pool guarantees. */
    int minNr();

    /** {@code pool->curr_nr}: reserved elements in the pool now. */
    int currNr();
}
