package org.reclaimtck.ref.vmscan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reclaimtck.ref.mm.KernelFolio;

/**
 * The LRU lists of one node: models {@code struct lruvec} ({@code include/linux/mmzone.h}) with
 * {@code lruvec_add_folio}, {@code lruvec_add_folio_tail}, {@code lruvec_del_folio} and {@code isolate_lru_folios}
 * ({@code mm/vmscan.c}, {@code mm/swap.c}): active and inactive anon and file lists, new folios at the head, reclaim
 * from the tail. Per-memcg lruvecs are further instances of this class. A list is ordered by each folio's
 * {@link KernelFolio#lruSeq}: the tail is the lowest.
 */
public final class Lruvec {
    private final Map<LruList, TreeMap<Long, KernelFolio>> lists = new EnumMap<>(LruList.class);
    private long headSeq;
    private long tailSeq;

    public Lruvec() {
        for (LruList l : LruList.values()) {
            lists.put(l, new TreeMap<>());
        }
    }

    /** {@code lruvec_lru_size}. */
    public long size(LruList lru) {
        return lists.get(lru).size();
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
        link(folio, ++headSeq);
    }

    /** {@code lruvec_add_folio_tail}: where reclaim looks first. */
    void addFolioTail(KernelFolio folio) {
        link(folio, --tailSeq);
    }

    private void link(KernelFolio folio, long seq) {
        if (folio.onLru()) {
            throw new IllegalStateException("folio " + folio + " is on an LRU list already");
        }
        folio.lruSeq = seq;
        folio.setLru(true);
        lists.get(listOf(folio)).put(seq, folio);
    }

    /** {@code lruvec_del_folio}: off its list (freed, isolated or moving); false if it was not on one. */
    public boolean delFolio(KernelFolio folio) {
        if (!folio.onLru()) {
            return false;
        }
        lists.get(listOf(folio)).remove(folio.lruSeq);
        folio.setLru(false);
        return true;
    }

    /** {@code isolate_lru_folios}: up to {@code nr} folios off the tail of {@code lru}, tail first, off the LRU. */
    List<KernelFolio> isolate(LruList lru, long nr) {
        TreeMap<Long, KernelFolio> list = lists.get(lru);
        List<KernelFolio> taken = new ArrayList<>();
        while (taken.size() < nr && !list.isEmpty()) {
            KernelFolio f = list.pollFirstEntry().getValue();
            f.setLru(false);
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
