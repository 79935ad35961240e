package org.reclaimtck.ref.mempool;

import java.util.HashMap;
import java.util.Map;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.mm.Mempool;
import org.reclaimtck.spi.mm.Mempools;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * The kernel's mempool service: models {@code mempool_create_page_pool} of {@code mm/mempool.c} (K-MEMPOOL-2). Pool
 * names are unique in a kernel, as the classes their elements are traced under.
 */
public final class MempoolService implements Mempools {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final boolean failsInsteadOfWaiting;
    private final Map<String, PagePool> pools = new HashMap<>();

    /** {@code variant} is one of {@link MempoolType}'s. */
    public MempoolService(SimRuntime rt, PageAllocator pages, String variant) {
        this.rt = rt;
        this.pages = pages;
        this.failsInsteadOfWaiting = MempoolType.FAILS.equals(variant);
    }

    @Override
    public Mempool createPagePool(String name, int minNr, int order) {
        return create(name, minNr, order);
    }

    /** {@link #createPagePool} for the kernel's own users (the block layer's bio sets), which hand elements off. */
    public PagePool create(String name, int minNr, int order) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("mempool_create_page_pool: a pool needs a name");
        }
        if (minNr < 0 || order < 0) {
            throw new IllegalArgumentException("mempool_create_page_pool(" + name + "): min_nr " + minNr + " and order "
                    + order + " must not be negative");
        }
        if (pools.containsKey(name)) {
            throw new IllegalArgumentException("mempool_create_page_pool: a pool named " + name + " exists already");
        }
        PagePool pool = new PagePool(rt, pages, name, minNr, order, failsInsteadOfWaiting);
        if (!pool.prealloc()) {
            throw new IllegalStateException("mempool_create_page_pool(" + name + "): preallocating " + minNr
                    + " elements of order " + order + " with GFP_KERNEL failed");
        }
        pools.put(name, pool);
        return pool;
    }
}
