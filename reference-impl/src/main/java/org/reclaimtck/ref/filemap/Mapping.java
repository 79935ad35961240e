package org.reclaimtck.ref.filemap;

import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.AddressSpaceOperations;
import org.reclaimtck.spi.fs.SuperBlock;

/**
 * The page cache of one file: models {@code struct address_space} ({@code i_pages}, {@code a_ops}) of
 * {@code include/linux/fs.h}. Reclaim takes only clean, idle folios off it ({@code __remove_mapping}).
 */
public final class Mapping implements AddressSpace {
    final SimRuntime rt;
    private final String path;
    private final SuperBlock sb;
    private final AddressSpaceOperations aops;
    final PageIndex folios = new PageIndex();
    long nrDirty;
    /** Folios under writeback ({@code NR_WRITEBACK} of this mapping). */
    long nrWriteback;
    /** Folios dirtied in all ({@code NR_DIRTIED} of this mapping). */
    long nrDirtied;

    Mapping(SimRuntime rt, String path, SuperBlock sb, AddressSpaceOperations aops) {
        this.rt = rt;
        this.path = path;
        this.sb = sb;
        this.aops = aops;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public SuperBlock superBlock() {
        return sb;
    }

    @Override
    public long nrPages() {
        return folios.size();
    }

    /** {@code mapping->a_ops}. */
    public AddressSpaceOperations aops() {
        return aops;
    }

    /** {@code mapping_tagged(PAGECACHE_TAG_DIRTY)}: has dirty folios not yet under writeback. */
    public boolean hasDirty() {
        return nrDirty > 0;
    }

    /** Dirty folios not yet under writeback. */
    public long nrDirty() {
        return nrDirty;
    }

    String describe() {
        return sb.id() + ":" + path;
    }

    @Override
    public String toString() {
        return describe();
    }
}
