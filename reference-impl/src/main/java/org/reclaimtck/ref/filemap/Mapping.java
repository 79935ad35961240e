package org.reclaimtck.ref.filemap;

import java.util.Map;
import java.util.TreeMap;
import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.AddressSpaceOperations;
import org.reclaimtck.spi.fs.SuperBlock;

/**
 * The page cache of one file: models {@code struct address_space} ({@code i_pages}, {@code a_ops}) of
 * {@code include/linux/fs.h}. Reclaim takes only clean, idle folios off it ({@code __remove_mapping}).
 */
public final class Mapping implements AddressSpace {
    private final String path;
    private final SuperBlock sb;
    private final AddressSpaceOperations aops;
    final Map<Long, CachedFolio> folios = new TreeMap<>();
    long nrDirty;

    Mapping(String path, SuperBlock sb, AddressSpaceOperations aops) {
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
