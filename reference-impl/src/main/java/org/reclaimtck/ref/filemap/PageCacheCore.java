package org.reclaimtck.ref.filemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.vmscan.FileLru;
import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.AddressSpaceOperations;
import org.reclaimtck.spi.fs.Folio;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.PageCache;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The page cache: models {@code mm/filemap.c} (lookup, {@code filemap_add_folio}, {@code folio_add_lru}) and the
 * writeback state of {@code mm/page-writeback.c} ({@code folio_start_writeback}, {@code folio_end_writeback}, traced
 * here). Clean folios sit on the file LRU, where reclaim may drop them; dirty and writeback folios stay.
 */
public final class PageCacheCore implements PageCache {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final FileLru lru;
    private final Map<String, Mapping> mappings = new LinkedHashMap<>();

    public PageCacheCore(SimRuntime rt, PageAllocator pages, FileLru lru) {
        this.rt = rt;
        this.pages = pages;
        this.lru = lru;
    }

    /** The mapping of {@code path} on {@code sb}, created on first use. */
    public Mapping mapping(SuperBlock sb, String path, AddressSpaceOperations aops) {
        return mappings.computeIfAbsent(sb.id() + ":" + path, k -> new Mapping(path, sb, aops));
    }

    /** {@code filemap_get_folio}: the cached folio, or null. */
    public Folio find(Mapping mapping, long index) {
        return mapping.folios.get(index);
    }

    /**
     * {@code filemap_alloc_folio} + {@code filemap_add_folio}: a new folio (not yet uptodate) with the mapping's
     * {@code GFP_HIGHUSER_MOVABLE}; null if the allocator has no page.
     */
    public Folio add(Mapping mapping, long index) {
        long pfn = pages.allocPages(Gfp.GFP_HIGHUSER_MOVABLE, 0);
        if (pfn < 0) {
            return null;
        }
        CachedFolio f = new CachedFolio(mapping, index, pfn);
        mapping.folios.put(index, f);
        return f;
    }

    /** The read finished: the folio is uptodate and, clean, goes on the file LRU ({@code folio_add_lru}). */
    public void markUptodate(Folio folio) {
        CachedFolio f = own(folio);
        f.uptodate = true;
        addToLru(f);
    }

    /** {@code filemap_dirty_folio}: marks it dirty (the filesystem's {@code ->dirty_folio} agreed). */
    public void markDirty(Folio folio) {
        CachedFolio f = own(folio);
        f.uptodate = true;
        f.dirty = true;
    }

    @Override
    public List<Folio> dirtyFolios(AddressSpace mapping, long max) {
        List<Folio> out = new ArrayList<>();
        for (CachedFolio f : ownMapping(mapping).folios.values()) {
            if (out.size() >= max) {
                break;
            }
            if (f.dirty && !f.writeback) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public void folioStartWriteback(Folio folio) {
        CachedFolio f = own(folio);
        if (f.writeback) {
            throw new IllegalStateException("folio_start_writeback of " + f + ", already under writeback");
        }
        f.dirty = false;
        f.writeback = true;
        rt.trace(new TraceEvent.WritebackStart(rt.clock().nanos(), rt.contextComm(), f.mapping().path(), f.index()));
    }

    @Override
    public void folioEndWriteback(Folio folio) {
        CachedFolio f = own(folio);
        if (!f.writeback) {
            throw new IllegalStateException("folio_end_writeback of " + f + ", which is not under writeback");
        }
        f.writeback = false;
        rt.trace(new TraceEvent.WritebackEnd(rt.clock().nanos(), rt.contextComm(), f.mapping().path(), f.index()));
        addToLru(f);
    }

    private void addToLru(CachedFolio f) {
        if (!f.onLru) {
            f.onLru = true;
            lru.add((Mapping) f.mapping(), f.index(), f.pfn);
        }
    }

    private static CachedFolio own(Folio folio) {
        if (!(folio instanceof CachedFolio)) {
            throw new IllegalArgumentException("not a folio of this page cache: " + folio);
        }
        return (CachedFolio) folio;
    }

    private Mapping ownMapping(AddressSpace mapping) {
        if (!(mapping instanceof Mapping) || mappings.get(mapping.superBlock().id() + ":" + mapping.path()) != mapping) {
            throw new IllegalArgumentException("not a mapping of this page cache: " + mapping);
        }
        return (Mapping) mapping;
    }
}
