package org.reclaimtck.ref.vmscan;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.mm.KernelFolio;

/**
 * The LRU lists of one node: models {@code struct lruvec} ({@code include/linux/mmzone.h}) with
 * {@code lruvec_add_folio}, {@code lruvec_add_folio_tail}, {@code lruvec_del_folio} and {@code isolate_lru_folios}
 * ({@code mm/vmscan.c}, {@code mm/swap.c}): active and inactive anon and file lists, new folios at the head, reclaim
 * from the tail. Per-memcg lruvecs are further instances of this class. Each list is a doubly linked list threaded
 * through the folios themselves ({@link KernelFolio#lruPrev}, {@link KernelFolio#lruNext}), as {@code folio->lru} is:
 * no per-folio node object.
 */
public final class Lruvec {
    private final KernelFolio[] heads = new KernelFolio[LruList.values().length];
    private final KernelFolio[] tails = new KernelFolio[LruList.values().length];
    private final long[] sizes = new long[LruList.values().length];

    /** {@code lruvec_lru_size}. */
    public long size(LruList lru) {
        return sizes[lru.ordinal()];
    }

    /** Folios on the file lists (both), for {@code global_dirtyable_memory} and reclaimable estimates. */
    public long filePages() {
        return size(LruList.LRU_INACTIVE_FILE) + size(LruList.LRU_ACTIVE_FILE);
    }

    /** Folios on the anon lists (both). */
    public long anonPages() {
        return size(LruList.LRU_INACTIVE_ANON) + size(LruList.LRU_ACTIVE_ANON);
    }

    /** {@code folio_add_lru} / {@code lruvec_add_folio}: at the head of the list its flags choose. */
    public void addFolio(KernelFolio folio) {
        int l = link(folio);
        folio.lruNext = heads[l];
        if (heads[l] != null) {
            heads[l].lruPrev = folio;
        } else {
            tails[l] = folio;
        }
        heads[l] = folio;
    }

    /** {@code lruvec_add_folio_tail}: where reclaim looks first. */
    void addFolioTail(KernelFolio folio) {
        int l = link(folio);
        folio.lruPrev = tails[l];
        if (tails[l] != null) {
            tails[l].lruNext = folio;
        } else {
            heads[l] = folio;
        }
        tails[l] = folio;
    }

    private int link(KernelFolio folio) {
        if (folio.onLru()) {
            throw new IllegalStateException("folio " + folio + " is on an LRU list already");
        }
        folio.setLru(true);
        int l = listOf(folio).ordinal();
        sizes[l]++;
        return l;
    }

    /** {@code lruvec_del_folio}: off its list (freed, isolated or moving); false if it was not on one. */
    public boolean delFolio(KernelFolio folio) {
        if (!folio.onLru()) {
            return false;
        }
        unlink(listOf(folio).ordinal(), folio);
        return true;
    }

    private void unlink(int l, KernelFolio folio) {
        KernelFolio prev = folio.lruPrev;
        KernelFolio next = folio.lruNext;
        if (prev != null) {
            prev.lruNext = next;
        } else {
            heads[l] = next;
        }
        if (next != null) {
            next.lruPrev = prev;
        } else {
            tails[l] = prev;
        }
        folio.lruPrev = null;
        folio.lruNext = null;
        folio.setLru(false);
        sizes[l]--;
    }

    /** {@code isolate_lru_folios}: up to {@code nr} folios off the tail of {@code lru}, tail first, off the LRU. */
    List<KernelFolio> isolate(LruList lru, long nr) {
        int l = lru.ordinal();
        List<KernelFolio> taken = new ArrayList<>();
        while (taken.size() < nr && tails[l] != null) {
            KernelFolio f = tails[l];
            unlink(l, f);
            taken.add(f);
        }
        return taken;
    }

    /**
     * {@code folio_rotate_reclaimable} ({@code lru_move_tail}): a folio whose writeback ended with PG_reclaim moves,
     * deactivated, to the inactive tail, where reclaim frees it next (K-VMSCAN-7).
     */
    void rotateToTail(KernelFolio folio) {
        if (delFolio(folio)) {
            folio.setActive(false);
            addFolioTail(folio);
        }
    }

    private static LruList listOf(KernelFolio f) {
        return LruList.of(f.isFileLru(), f.isActive());
    }
}
