package org.reclaimtck.ref.filemap;

import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.Folio;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A page-cache folio of one page: models {@code struct folio} of a file ({@code include/linux/mm_types.h}) with
 * {@code PG_uptodate} and the flags of {@link KernelFolio}; reclaim takes it off its mapping with
 * {@code __remove_mapping} when it is clean and idle (K-VMSCAN-1).
 */
final class CachedFolio extends KernelFolio implements Folio {
    private final SimRuntime rt;
    private final Mapping mapping;
    private final long index;
    boolean uptodate;

    CachedFolio(SimRuntime rt, Mapping mapping, long index, long pfn) {
        super(rt, pfn, false);
        this.rt = rt;
        this.mapping = mapping;
        this.index = index;
    }

    @Override
    public AddressSpace mapping() {
        return mapping;
    }

    @Override
    public long index() {
        return index;
    }

    @Override
    public boolean isUptodate() {
        return uptodate;
    }

    @Override
    public boolean isDirty() {
        return isDirtyFlag();
    }

    @Override
    public boolean isWriteback() {
        return isWritebackFlag();
    }

    /** {@code __remove_mapping}: a clean, idle folio leaves the page cache ({@code mm_filemap_delete_from_page_cache}). */
    @Override
    public boolean removeMapping() {
        if (isDirtyFlag() || isWritebackFlag() || mapping.folios.get(index) != this) {
            return false;
        }
        mapping.folios.remove(index);
        rt.trace(new TraceEvent.FilemapDelete(rt.clock().nanos(), rt.contextComm(), mapping.path(), index));
        return true;
    }

    @Override
    public String describe() {
        return mapping.describe() + " index " + index;
    }

    @Override
    public String toString() {
        return describe();
    }
}
