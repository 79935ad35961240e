package org.reclaimtck.spi.mm;

import org.reclaimtck.spi.gfp.Gfp;

/**
 * The page allocator: models {@code mm/page_alloc.c}. The effective mask of every request is
 * {@code current_gfp_context(gfp)} (K-SCOPE-3); the slow path wakes kswapd, enters direct reclaim
 * and retries as K-ALLOC-7 describes.
 */
public interface PageAllocator {
    /** {@code alloc_pages(gfp, order)}: a page frame number, or -1 on failure. */
    long allocPages(Gfp gfp, int order);

    /** {@code __free_pages(page, order)}. */
    void freePages(long pfn, int order);

    /** {@code NR_FREE_PAGES}. */
    long nrFreePages();

    long managedPages();

    Watermarks watermarks();
}
