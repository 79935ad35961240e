package org.reclaimtck.ref.swap;

import org.reclaimtck.ref.block.Gendisk;

/**
 * One swap device: models {@code struct swap_info_struct} of {@code include/linux/swap.h} with its {@code swap_map}
 * ({@code mm/swapfile.c}): per slot the count of PTEs holding the entry and {@code SWAP_HAS_CACHE}; a slot is free
 * when both are gone. {@code get_swap_pages} hands out the lowest free slot from a rotating cursor
 * ({@code cluster_next}, clusters not modelled).
 */
final class SwapInfo {
    /** PAGE_SECTORS: a 4 KiB page is 8 sectors of 512 bytes. */
    static final long PAGE_SECTORS = 8;

    private final Gendisk device;
    private final int[] swapMap;
    private final boolean[] hasCache;
    private long inuse;
    private int next;

    SwapInfo(Gendisk device, int slots) {
        if (slots <= 0) {
            throw new IllegalArgumentException("swapon /dev/" + device.name() + ": " + slots + " pages (-EINVAL)");
        }
        this.device = device;
        this.swapMap = new int[slots];
        this.hasCache = new boolean[slots];
    }

    Gendisk device() {
        return device;
    }

    /** {@code get_nr_swap_pages}: free slots. */
    long nrFree() {
        return swapMap.length - inuse;
    }

    long pages() {
        return swapMap.length;
    }

    /** {@code folio_alloc_swap}: a free slot, now SWAP_HAS_CACHE; -1 when the device is full. */
    long getSwapPage() {
        for (int i = 0; i < swapMap.length; i++) {
            int slot = (next + i) % swapMap.length;
            if (swapMap[slot] == 0 && !hasCache[slot]) {
                hasCache[slot] = true;
                inuse++;
                next = slot + 1;
                return slot;
            }
        }
        return -1;
    }

    /** {@code swapcache_prepare}: a swapped-in folio is about to be cached for {@code slot} (SWAP_HAS_CACHE). */
    void swapcachePrepare(long slot) {
        check(slot);
        if (hasCache[(int) slot]) {
            throw new IllegalStateException("swapcache_prepare of slot " + slot + ", cached already (-EEXIST)");
        }
        hasCache[(int) slot] = true;
    }

    /** {@code swap_duplicate}: one more PTE holds {@code slot}. */
    void duplicate(long slot) {
        check(slot);
        swapMap[(int) slot]++;
    }

    /** {@code swap_free}: a PTE that held {@code slot} is gone. */
    void free(long slot) {
        check(slot);
        if (swapMap[(int) slot] == 0) {
            throw new IllegalStateException("swap_free of slot " + slot + " on " + device.name() + " with no user");
        }
        swapMap[(int) slot]--;
        release((int) slot);
    }

    /** {@code put_swap_folio}: the swap cache no longer holds {@code slot}. */
    void uncache(long slot) {
        check(slot);
        hasCache[(int) slot] = false;
        release((int) slot);
    }

    private void release(int slot) {
        if (swapMap[slot] == 0 && !hasCache[slot]) {
            inuse--;
        }
    }

    private void check(long slot) {
        if (slot < 0 || slot >= swapMap.length || (swapMap[(int) slot] == 0 && !hasCache[(int) slot])) {
            throw new IllegalStateException("bad swap entry " + slot + " on " + device.name());
        }
    }
}
