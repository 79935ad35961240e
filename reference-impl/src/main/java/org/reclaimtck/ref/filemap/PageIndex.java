package org.reclaimtck.ref.filemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The folios of one mapping by index: models the {@code i_pages} xarray ({@code lib/xarray.c},
 * {@code include/linux/xarray.h}) as nodes of {@value #SLOTS} slots, each node counting its folios with PG_dirty set as
 * the xarray's {@code PAGECACHE_TAG_DIRTY} mark does, so a search for dirty folios ({@code filemap_get_folios_tag})
 * visits only marked nodes. Iteration is in index order. One reference per cached page, no boxed key.
 */
final class PageIndex {
    static final int SHIFT = 6;
    static final int SLOTS = 1 << SHIFT;

    /** One xarray node: {@value #SLOTS} slots and the counts of present and dirty folios. */
    private static final class Node {
        final CachedFolio[] slots = new CachedFolio[SLOTS];
        int present;
        int dirty;
    }

    private final TreeMap<Long, Node> nodes = new TreeMap<>();
    private final TreeMap<Long, Node> dirtyNodes = new TreeMap<>();
    private long size;

    /** {@code xa_load}. */
    CachedFolio get(long index) {
        Node n = nodes.get(index >>> SHIFT);
        return n == null ? null : n.slots[slot(index)];
    }

    /** {@code xa_store}: the slot must be empty. */
    void put(long index, CachedFolio folio) {
        Node n = nodes.computeIfAbsent(index >>> SHIFT, k -> new Node());
        int s = slot(index);
        if (n.slots[s] != null) {
            throw new IllegalStateException("i_pages slot " + index + " is taken by " + n.slots[s]);
        }
        n.slots[s] = folio;
        n.present++;
        size++;
        if (folio.isDirtyFlag()) {
            markDirty(index, n);
        }
    }

    /** {@code xa_erase} of {@code folio} at {@code index}; nothing if another folio is there. */
    void remove(long index, CachedFolio folio) {
        Long key = index >>> SHIFT;
        Node n = nodes.get(key);
        int s = slot(index);
        if (n == null || n.slots[s] != folio) {
            return;
        }
        if (folio.isDirtyFlag()) {
            clearDirty(index);
        }
        n.slots[s] = null;
        size--;
        if (--n.present == 0) {
            nodes.remove(key);
        }
    }

    long size() {
        return size;
    }

    /** The folio at {@code index} was set PG_dirty: its node is marked. */
    void setDirty(long index) {
        Node n = nodes.get(index >>> SHIFT);
        if (n != null) {
            markDirty(index, n);
        }
    }

    private void markDirty(long index, Node n) {
        if (n.dirty++ == 0) {
            dirtyNodes.put(index >>> SHIFT, n);
        }
    }

    /** The folio at {@code index} lost PG_dirty (its writeback started): its node's mark drops with its last one. */
    void clearDirty(long index) {
        Node n = nodes.get(index >>> SHIFT);
        if (n != null && n.dirty > 0 && --n.dirty == 0) {
            dirtyNodes.remove(index >>> SHIFT);
        }
    }

    /** Every folio, in index order (a copy: the caller may sleep and the index change meanwhile). */
    List<CachedFolio> snapshot() {
        List<CachedFolio> out = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, size));
        for (Node n : nodes.values()) {
            for (CachedFolio f : n.slots) {
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Up to {@code max} folios dirty and not under writeback, in index order, visiting only marked nodes. */
    List<CachedFolio> dirtyNotWriteback(long max) {
        List<CachedFolio> out = new ArrayList<>();
        for (Map.Entry<Long, Node> e : dirtyNodes.entrySet()) {
            for (CachedFolio f : e.getValue().slots) {
                if (out.size() >= max) {
                    return out;
                }
                if (f != null && f.isDirtyFlag() && !f.isWritebackFlag()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static int slot(long index) {
        return (int) (index & (SLOTS - 1));
    }
}
