package org.reclaimtck.ref.filemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.mm.MemcgCharge;
import org.reclaimtck.ref.mm.NodeStat;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.vmscan.Pgdat;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.AddressSpaceOperations;
import org.reclaimtck.spi.fs.Folio;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.PageCache;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The page cache: models {@code mm/filemap.c} (lookup, {@code filemap_add_folio}, {@code folio_add_lru},
 * {@code folio_mark_accessed}, {@code folio_end_writeback}) and the folio state of {@code mm/page-writeback.c}
 * ({@code filemap_dirty_folio}, {@code folio_clear_dirty_for_io}, {@code folio_start_writeback}, traced here with
 * NR_FILE_DIRTY / NR_WRITEBACK kept). Folios sit on the node's file LRU once read or dirtied; the end of a folio's
 * writeback rotates it if reclaim tagged it (K-VMSCAN-7).
 */
public final class PageCacheCore implements PageCache {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final Pgdat pgdat;
    private MemcgCharge memcg = MemcgCharge.NONE;
    private final NodeStat stat;
    private final Map<String, Mapping> mappings = new LinkedHashMap<>();
    private BiConsumer<Bio, KernelFolio> bioAddFolio = (bio, folio) -> { };

    public PageCacheCore(SimRuntime rt, PageAllocator pages, Pgdat pgdat) {
        this.rt = rt;
        this.pages = pages;
        this.pgdat = pgdat;
        this.stat = pgdat.stat();
    }

    /** The block layer's {@code bio_add_folio}, bound by the kernel (the block layer sits above the page cache). */
    public void bindBioAddFolio(BiConsumer<Bio, KernelFolio> add) {
        this.bioAddFolio = add;
    }

    @Override
    public void bioAddFolio(Bio bio, Folio folio) {
        bioAddFolio.accept(bio, own(folio));
    }

    /** The mapping of {@code path} on {@code sb}, created on first use. */
    public Mapping mapping(SuperBlock sb, String path, AddressSpaceOperations aops) {
        return mappings.computeIfAbsent(sb.id() + ":" + path, k -> new Mapping(rt, path, sb, aops));
    }

    /** Every mapping of {@code sb}. */
    public List<Mapping> mappings(SuperBlock sb) {
        List<Mapping> out = new ArrayList<>();
        for (Mapping m : mappings.values()) {
            if (m.superBlock() == sb) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mappings of {@code sb} with dirty folios, for writeback ({@code b_dirty}). */
    public List<Mapping> dirtyMappings(SuperBlock sb) {
        List<Mapping> out = new ArrayList<>();
        for (Mapping m : mappings.values()) {
            if (m.superBlock() == sb && m.hasDirty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Binds the memory controller: a new page-cache folio is charged ({@code filemap_add_folio}). */
    public void bindMemcg(MemcgCharge memcg) {
        this.memcg = memcg;
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
        if (!memcg.chargeFolio(pfn, Gfp.GFP_HIGHUSER_MOVABLE)) {
            pages.freePages(pfn, 0); // filemap_add_folio: mem_cgroup_charge failed, -ENOMEM
            return null;
        }
        CachedFolio f = new CachedFolio(mapping, index, pfn);
        mapping.folios.put(index, f);
        return f;
    }

    /** The read finished: the folio is uptodate and, clean, goes on the file LRU ({@code folio_add_lru}). */
    public void markUptodate(Folio folio) {
        CachedFolio f = own(folio);
        f.setUptodate();
        addToLru(f);
    }

    /** {@code folio_mark_accessed}: referenced once, activated on the second access. */
    public void markAccessed(Folio folio) {
        CachedFolio f = own(folio);
        if (!f.isReferenced()) {
            f.setReferenced(true);
        } else if (!f.isActive() && f.onLru()) {
            pgdat.folioLruvec(f).delFolio(f);
            f.setActive(true);
            f.setReferenced(false);
            pgdat.folioLruvec(f).addFolio(f);
        }
    }

    /** {@code filemap_dirty_folio}: marks it dirty (the filesystem's {@code ->dirty_folio} agreed), NR_FILE_DIRTY. */
    public void markDirty(Folio folio) {
        CachedFolio f = own(folio);
        f.setUptodate();
        if (!f.testSetDirty()) {
            rt.trace(new TraceEvent.WritebackDirtyFolio(rt.clock().nanos(), rt.contextComm(), f.mapping().path(),
                    f.index()));
            stat.fileDirty++;
            stat.dirtied++;
            ((Mapping) f.mapping()).nrDirty++;
            ((Mapping) f.mapping()).nrDirtied++;
            ((Mapping) f.mapping()).folios.setDirty(f.index());
        }
        addToLru(f);
    }

    @Override
    public List<Folio> dirtyFolios(AddressSpace mapping, long max) {
        return new ArrayList<>(ownMapping(mapping).folios.dirtyNotWriteback(max));
    }

    @Override
    public void folioStartWriteback(Folio folio) {
        CachedFolio f = own(folio);
        if (f.isWritebackFlag()) {
            throw new IllegalStateException("folio_start_writeback of " + f + ", already under writeback");
        }
        startWriteback(f);
    }

    @Override
    public boolean folioTryStartWriteback(Folio folio, boolean syncAll) {
        CachedFolio f = own(folio);
        f.lock();
        try {
            if (syncAll) {
                f.waitWriteback();
            }
            if (!f.isDirtyFlag() || f.isWritebackFlag()) {
                return false;
            }
            startWriteback(f);
            return true;
        } finally {
            f.unlock();
        }
    }

    private void startWriteback(CachedFolio f) {
        if (f.isDirtyFlag()) {
            stat.fileDirty--;
            ((Mapping) f.mapping()).nrDirty--;
            ((Mapping) f.mapping()).folios.clearDirty(f.index());
        }
        f.setWriteback();
        stat.writeback++;
        ((Mapping) f.mapping()).nrWriteback++;
        rt.trace(new TraceEvent.WritebackStart(rt.clock().nanos(), rt.contextComm(), f.mapping().path(), f.index()));
    }

    @Override
    public void folioEndWriteback(Folio folio) {
        CachedFolio f = own(folio);
        f.clearWriteback();
        stat.writeback--;
        ((Mapping) f.mapping()).nrWriteback--;
        stat.written++;
        rt.trace(new TraceEvent.WritebackEnd(rt.clock().nanos(), rt.contextComm(), f.mapping().path(), f.index(),
                f.isReclaim()));
        pgdat.folioEndWriteback(f);
    }

    /**
     * The file counters of {@code sb}'s mappings as {@code TraceEvent.Vmstat}, traced only on a machine without per-page
     * tracepoints: {@code sync} brackets its work with them so FP-4 can judge it there.
     */
    public void traceVmstat(SuperBlock sb) {
        if (rt.perPageTrace()) {
            return;
        }
        long dirty = 0;
        long writeback = 0;
        long dirtied = 0;
        for (Mapping m : mappings(sb)) {
            dirty += m.nrDirty;
            writeback += m.nrWriteback;
            dirtied += m.nrDirtied;
        }
        rt.trace(new TraceEvent.Vmstat(rt.clock().nanos(), rt.contextComm(), sb.id(), dirty, writeback, dirtied));
    }

    /** {@code filemap_fdatawait}: waits for the writeback of every folio of the mapping in flight now. */
    public void fdatawait(Mapping mapping) {
        for (CachedFolio f : mapping.folios.snapshot()) {
            f.waitWriteback();
        }
    }

    private void addToLru(CachedFolio f) {
        if (!f.onLru() && f.mapping() != null && ((Mapping) f.mapping()).folios.get(f.index()) == f) {
            pgdat.folioLruvec(f).addFolio(f);
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
