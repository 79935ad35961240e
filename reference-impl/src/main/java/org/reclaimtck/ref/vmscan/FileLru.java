package org.reclaimtck.ref.vmscan;

import java.util.ArrayDeque;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * The inactive file LRU of clean, unmapped page-cache folios: models the part of {@code shrink_folio_list}
 * ({@code mm/vmscan.c}) that frees clean file folios, which needs neither I/O nor the filesystem (K-VMSCAN-1).
 * Dirty and writeback folios, the active list and anon/swap come with the memory-core model.
 */
public final class FileLru {
    /** The page cache's side of reclaiming a folio ({@code __remove_mapping}). */
    public interface Owner {
        /** Forgets the folio if it is clean and idle and returns true; false keeps it (dirty, under writeback). */
        boolean tryEvict(long index);
    }

    private static final class Folio {
        final Owner owner;
        final long index;
        final long pfn;

        Folio(Owner owner, long index, long pfn) {
            this.owner = owner;
            this.index = index;
            this.pfn = pfn;
        }
    }

    private final PageAllocator pages;
    private final ArrayDeque<Folio> inactive = new ArrayDeque<>();

    public FileLru(PageAllocator pages) {
        this.pages = pages;
    }

    /** {@code folio_add_lru}: a new clean folio at the head. */
    public void add(Owner owner, long index, long pfn) {
        inactive.addLast(new Folio(owner, index, pfn));
    }

    public int size() {
        return inactive.size();
    }

    /** Frees up to {@code lru_size >> priority} folios from the tail (K-RECLAIM-1); returns pages freed. */
    long shrink(int priority) {
        long scan = inactive.size() >> priority;
        long freed = 0;
        for (long i = 0; i < scan && !inactive.isEmpty(); i++) {
            Folio f = inactive.pollFirst();
            if (!f.owner.tryEvict(f.index)) {
                inactive.addLast(f);
                continue;
            }
            pages.freePages(f.pfn, 0);
            freed++;
        }
        return freed;
    }
}
