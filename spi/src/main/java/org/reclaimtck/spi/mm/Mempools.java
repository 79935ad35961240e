package org.reclaimtck.spi.mm;

/** Creating memory pools: models {@code mempool_create_page_pool} and {@code mempool_destroy} ({@code mm/mempool.c}). */
public interface Mempools {
    /**
     * {@code mempool_create_page_pool(min_nr, order)}: preallocates {@code minNr} elements with {@code GFP_KERNEL}
     * (K-MEMPOOL-2). The model backs every pool with pages; a slab-backed pool is a page pool of order 0.
     *
     * @throws IllegalArgumentException for a blank name, a negative {@code minNr} or order, or a name in use
     * @throws IllegalStateException    if the preallocation fails ({@code mempool_create} returns NULL)
     */
    Mempool createPagePool(String name, int minNr, int order);
}
