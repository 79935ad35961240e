package org.reclaimtck.spi.fs;

import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.gfp.Gfp;

/**
 * What a filesystem implements for its files' page cache: models {@code struct address_space_operations}
 * ({@code include/linux/fs.h}) of a kernel without {@code ->writepage}: reclaim never writes a folio through the
 * filesystem; writeback goes through {@link #writepages}. The kernel traces each call as an entry into the filesystem.
 */
public interface AddressSpaceOperations {
    /** {@code ->read_folio}: reads the folio's block from the device; returns when its data is there. */
    void readFolio(Folio folio);

    /**
     * {@code ->writepages}: writes dirty folios of {@code mapping} ({@code PageCache.dirtyFolios}), each between
     * {@code folioStartWriteback} and {@code folioEndWriteback}; returns folios written.
     */
    long writepages(AddressSpace mapping, WritebackControl wbc);

    /** {@code ->dirty_folio}: the folio becomes dirty; returns false if it already was. */
    default boolean dirtyFolio(AddressSpace mapping, Folio folio) {
        return !folio.isDirty();
    }

    /** {@code ->release_folio}: may the folio's private data go ({@code filemap_release_folio(gfp)})? */
    default boolean releaseFolio(Folio folio, Gfp gfp) {
        return true;
    }

    /** {@code ->direct_IO}: {@code blocks} blocks at {@code index}, straight between the caller and the device. */
    void directIo(AddressSpace mapping, BioOp op, long index, int blocks);
}
