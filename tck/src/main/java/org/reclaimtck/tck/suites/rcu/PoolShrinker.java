package org.reclaimtck.tck.suites.rcu;

import java.util.ArrayDeque;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.runtime.Mutex;

/**
 * A driver's page pool with the shrinker of a zsmalloc- or ttm-style pool: {@code count_objects} reads the pool's
 * size without a lock; {@code scan_objects} takes {@code pool->lock}, a mutex (it may sleep, as shrinkers may), and
 * gives up to {@code nr_to_scan} pages back to the page allocator. Legal in the kernel, because {@code shrink_slab}
 * calls no shrinker inside an RCU read-side critical section.
 */
final class PoolShrinker implements Shrinker {
    private final Kernel kernel;
    private final Mutex lock;
    private final ArrayDeque<Long> pages = new ArrayDeque<>();

    PoolShrinker(Kernel kernel) {
        this.kernel = kernel;
        this.lock = kernel.runtime().mutex("pool->lock", "pool_lock");
    }

    /** Fills the pool with {@code n} pages, each allocated {@code GFP_KERNEL} outside the lock and added under it. */
    void fill(int n) {
        for (int i = 0; i < n; i++) {
            long pfn = kernel.pageAllocator().allocPages(Gfp.GFP_KERNEL, 0);
            if (pfn < 0) {
                return;
            }
            lock.lock();
            pages.add(pfn);
            lock.unlock();
        }
    }

    @Override
    public String name() {
        return "page-pool";
    }

    @Override
    public int seeks() {
        return 2;
    }

    @Override
    public long countObjects(ShrinkControl sc) {
        return pages.isEmpty() ? SHRINK_EMPTY : pages.size();
    }

    @Override
    public long scanObjects(ShrinkControl sc) {
        lock.lock();
        try {
            long freed = 0;
            while (freed < sc.nrToScan() && !pages.isEmpty()) {
                kernel.pageAllocator().freePages(pages.poll(), 0);
                freed++;
            }
            return freed;
        } finally {
            lock.unlock();
        }
    }
}
