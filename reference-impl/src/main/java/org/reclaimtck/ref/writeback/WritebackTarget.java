package org.reclaimtck.ref.writeback;

/**
 * What a flusher writes: the dirty inodes of the super blocks on one device, implemented by the VFS, which traces each
 * call into the filesystem's {@code ->writepages}: models {@code writeback_sb_inodes} of {@code fs/fs-writeback.c}.
 */
public interface WritebackTarget {
    /** Writes up to {@code nrPages} dirty folios ({@code WB_SYNC_NONE}) for {@code reason}; returns folios written. */
    long writebackInodes(long nrPages, String reason);

    /** Reclaim's {@code pageout} of {@code folio} if it is a folio of this target's files; false otherwise. */
    default boolean pageout(org.reclaimtck.ref.mm.KernelFolio folio) {
        return false;
    }

    /** Dirty folios not yet under writeback. */
    long nrDirty();
}
