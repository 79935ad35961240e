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
    private final Mapping mapping;
    private static final int PG_UPTODATE = PG_SUBCLASS;
    /** {@code folio->index}, an int: a model file has fewer than 2^31 pages (docs/model.md). */
    private final int index;

    CachedFolio(Mapping mapping, long index, long pfn) {
        super(pfn, false);
        this.mapping = mapping;
        this.index = Math.toIntExact(index);
    }

    @Override
    protected SimRuntime rt() {
        return mapping.rt;
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
        return test(PG_UPTODATE);
    }

    void setUptodate() {
        assign(PG_UPTODATE, true);
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
        mapping.folios.remove(index, this);
        rt().trace(new TraceEvent.FilemapDelete(rt().clock().nanos(), rt().contextComm(), mapping.path(), index));
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
