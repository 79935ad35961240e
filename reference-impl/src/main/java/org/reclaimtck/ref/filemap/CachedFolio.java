package org.reclaimtck.ref.filemap;

import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.Folio;

/** A page-cache folio of one page: models {@code struct folio} with {@code PG_uptodate}, {@code PG_dirty}, {@code PG_writeback}. */
final class CachedFolio implements Folio {
    private final Mapping mapping;
    private final long index;
    final long pfn;
    boolean uptodate;
    boolean dirty;
    boolean writeback;
    boolean onLru;

    CachedFolio(Mapping mapping, long index, long pfn) {
        this.mapping = mapping;
        this.index = index;
        this.pfn = pfn;
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
        return dirty;
    }

    @Override
    public boolean isWriteback() {
        return writeback;
    }

    @Override
    public String toString() {
        return mapping.describe() + " index " + index;
    }
}
