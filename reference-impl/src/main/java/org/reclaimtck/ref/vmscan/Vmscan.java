package org.reclaimtck.ref.vmscan;

import org.reclaimtck.ref.mm.PageAlloc;
import org.reclaimtck.ref.mm.Reclaimer;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.gfp.Gfp;

/**
 * Direct reclaim: models {@code try_to_free_pages} / {@code do_try_to_free_pages} of {@code mm/vmscan.c}:
 * priorities 12..0 until {@code SWAP_CLUSTER_MAX} pages are reclaimed, shrinking slab with the caller's
 * scoped mask (K-RECLAIM-1, K-RECLAIM-3, K-RECLAIM-4). Reclaimable memory is clean page cache on the
 * {@link FileLru} and the shrinkers' objects (one object = one page, docs/model.md); dirty folios,
 * writeback and swap come with the memory-core model.
 */
public final class Vmscan implements Reclaimer {
    static final int DEF_PRIORITY = 12;
    static final int SWAP_CLUSTER_MAX = 32;

    private final ShrinkerList shrinkers;
    private final FileLru fileLru;
    private final Kswapd kswapd;

    public Vmscan(SimRuntime rt, PageAlloc pages, ShrinkerList shrinkers, FileLru fileLru) {
        this.shrinkers = shrinkers;
        this.fileLru = fileLru;
        this.kswapd = new Kswapd(rt, pages, this);
        pages.setReclaimer(this);
    }

    @Override
    public void wakeupKswapd(Gfp gfp, int order) {
        kswapd.wakeup(order);
    }

    @Override
    public long tryToFreePages(Gfp gfp, int order) {
        long reclaimed = 0;
        for (int priority = DEF_PRIORITY; priority >= 0 && reclaimed < SWAP_CLUSTER_MAX; priority--) {
            reclaimed += shrinkNode(gfp, priority);
        }
        return reclaimed;
    }

    /** {@code shrink_node}: the file LRU, then slab with the caller's scoped mask (K-RECLAIM-4). */
    long shrinkNode(Gfp gfp, int priority) {
        long freed = fileLru.shrink(priority);
        return freed + shrinkers.shrinkSlab(gfp, 0, priority);
    }

    public Kswapd kswapd() {
        return kswapd;
    }
}
