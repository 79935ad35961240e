package org.reclaimtck.ref.mm;

/**
 * What anonymous memory needs from swap, implemented one layer up by {@code swap}: models the calls
 * {@code mm/memory.c} makes into {@code mm/swapfile.c} and {@code mm/swap_state.c} ({@code do_swap_page},
 * {@code free_swap_and_cache}) and {@code folio_add_lru_vma} into the LRU. {@link #NONE} is a machine with no swap
 * device, whose anon folios are on no LRU (reclaim never scans them, K-VMSCAN-4).
 */
public interface SwapBackend {
    /** {@code total_swap_pages > 0}: a swap device is on. */
    boolean swapOn();

    /** {@code folio_add_lru_vma}: a new or swapped-in anon folio goes to the inactive anon list. */
    void lruAdd(AnonFolio folio);

    /**
     * The owner's PTE is gone ({@code zap_pte_range}): the folio leaves the LRU and the swap cache and its page is
     * freed, now if nothing else holds it (not isolated, locked or under writeback), else by reclaim later.
     */
    boolean freeUnmapped(AnonFolio folio);

    /** {@code do_swap_page}: reads the slot {@code pte} holds back in and maps it; false if the fault failed (OOM). */
    boolean swapIn(AnonPte pte);

    /** {@code free_swap_and_cache}: the PTE that held {@code entry} is gone. */
    void swapFree(long entry);

    /** {@code __delete_from_swap_cache} for a clean, unmapped folio reclaim frees. */
    void deleteFromSwapCache(AnonFolio folio);

    /** No swap device. */
    SwapBackend NONE = new SwapBackend() {
        @Override
        public boolean swapOn() {
            return false;
        }

        @Override
        public void lruAdd(AnonFolio folio) {
        }

        @Override
        public boolean freeUnmapped(AnonFolio folio) {
            return true;
        }

        @Override
        public boolean swapIn(AnonPte pte) {
            throw new IllegalStateException("a swap entry with no swap device");
        }

        @Override
        public void swapFree(long entry) {
            throw new IllegalStateException("a swap entry with no swap device");
        }

        @Override
        public void deleteFromSwapCache(AnonFolio folio) {
            throw new IllegalStateException("a swap-cache folio with no swap device");
        }
    };
}
