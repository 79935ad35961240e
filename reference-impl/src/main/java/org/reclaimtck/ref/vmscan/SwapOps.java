package org.reclaimtck.ref.vmscan;

import org.reclaimtck.ref.mm.AnonFolio;

/**
 * What reclaim needs from swap, implemented one layer up by {@code swap}: models the calls {@code mm/vmscan.c} makes
 * into {@code mm/swap_state.c}, {@code mm/rmap.c} and {@code mm/page_io.c} for an anon folio (K-VMSCAN-3,
 * K-VMSCAN-4). {@link #NONE}: no swap device, anon is never scanned.
 */
public interface SwapOps {
    /** {@code can_reclaim_anon_pages}: a swap device is on and has free slots. */
    boolean canReclaimAnon();

    /** {@code add_to_swap}: a slot, the swap cache, PG_dirty; false when swap is full. Called with the folio locked. */
    boolean addToSwap(AnonFolio folio);

    /** {@code try_to_unmap}: the PTE that maps {@code folio} now holds its swap entry (RSS down, swap entries up). */
    void tryToUnmap(AnonFolio folio);

    /**
     * {@code pageout} → {@code swap_writepage}: PG_writeback set, the folio unlocked, a write bio submitted to the swap
     * device; its completion ends writeback ({@code folio_end_writeback}, rotation for PG_reclaim).
     */
    void swapWritepage(AnonFolio folio);

    /** No swap device. */
    SwapOps NONE = new SwapOps() {
        @Override
        public boolean canReclaimAnon() {
            return false;
        }

        @Override
        public boolean addToSwap(AnonFolio folio) {
            return false;
        }

        @Override
        public void tryToUnmap(AnonFolio folio) {
            throw new IllegalStateException("try_to_unmap with no swap device");
        }

        @Override
        public void swapWritepage(AnonFolio folio) {
            throw new IllegalStateException("swap_writepage with no swap device");
        }
    };
}
