package org.reclaimtck.ref.mm;

import org.reclaimtck.spi.gfp.Gfp;

/**
 * What the allocator needs from reclaim, implemented one layer up by {@code vmscan}: models the calls
 * {@code mm/page_alloc.c} makes into {@code mm/vmscan.c}.
 */
public interface Reclaimer {
    /** {@code wakeup_kswapd()}. */
    void wakeupKswapd(Gfp gfp, int order);

    /** {@code try_to_free_pages()}: pages reclaimed by the caller, under PF_MEMALLOC. */
    long tryToFreePages(Gfp gfp, int order);
}
