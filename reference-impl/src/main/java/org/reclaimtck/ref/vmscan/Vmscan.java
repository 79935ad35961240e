package org.reclaimtck.ref.vmscan;

import org.reclaimtck.ref.mm.Reclaimer;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.shrinker.ShrinkerList;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * Reclaim's core: models {@code do_try_to_free_pages} and {@code shrink_node} of {@code mm/vmscan.c}: one priority
 * loop, {@code DEF_PRIORITY} down, shared by direct reclaim ({@code try_to_free_pages}: until
 * {@code SWAP_CLUSTER_MAX} pages), kswapd ({@code balance_pgdat}: until the zone meets HIGH) and proactive reclaim
 * (until the pages asked for); each priority shrinks the file LRU, then slab with the caller's scoped mask
 * (K-RECLAIM-1, K-RECLAIM-3, K-RECLAIM-4). Reclaimable memory is clean page cache on the {@link FileLru} and the
 * shrinkers' objects (one object = one page, docs/model.md).
 */
public final class Vmscan implements Reclaimer {
    static final int DEF_PRIORITY = 12;
    static final int SWAP_CLUSTER_MAX = 32;

    private final SimRuntime rt;
    private final ShrinkerList shrinkers;
    private final FileLru fileLru;
    private final Kswapd kswapd;

    public Vmscan(SimRuntime rt, PageAllocator pages, ShrinkerList shrinkers, FileLru fileLru) {
        this.rt = rt;
        this.shrinkers = shrinkers;
        this.fileLru = fileLru;
        this.kswapd = new Kswapd(rt, pages, this);
    }

    @Override
    public void wakeupKswapd(Gfp gfp, int order) {
        kswapd.wakeup(order);
    }

    /** {@code try_to_free_pages}: the caller is in reclaim (PF_MEMALLOC) with its scoped mask. */
    @Override
    public long tryToFreePages(Gfp gfp, int order) {
        return doTryToFreePages(new ScanControl(gfp, SWAP_CLUSTER_MAX, 0, ScanControl.NEVER, false));
    }

    /** {@code do_try_to_free_pages}: priorities from {@code DEF_PRIORITY} until the control is satisfied. */
    long doTryToFreePages(ScanControl sc) {
        long reclaimed = 0;
        for (int priority = DEF_PRIORITY; priority >= sc.minPriority() && reclaimed < sc.nrToReclaim()
                && !sc.balanced().getAsBoolean(); priority--) {
            reclaimed += shrinkNode(sc.gfpMask(), priority);
            if (sc.resched()) {
                rt.condResched();
            }
        }
        return reclaimed;
    }

    /** {@code shrink_node}: the file LRU, then slab with the caller's scoped mask (K-RECLAIM-4). */
    private long shrinkNode(Gfp gfp, int priority) {
        long freed = fileLru.shrink(priority);
        return freed + shrinkers.shrinkSlab(gfp, 0, priority);
    }

    public Kswapd kswapd() {
        return kswapd;
    }
}
