package org.reclaimtck.spi.fs;

import org.reclaimtck.spi.reclaim.ShrinkControl;

/**
 * What a filesystem implements for its super block: models {@code struct super_operations}
 * ({@code include/linux/fs.h}). The VFS calls these, and traces each call as an entry into the filesystem
 * ({@code FsEnter} / {@code FsLeave}): {@link #evictInode} and {@link #destroyInode} when the inode cache drops an
 * inode (in reclaim too, K-FS-3, K-FS-4), {@link #freeCachedObjects} from the superblock shrinker ({@code super_cache_scan}, only with
 * {@code __GFP_FS}, K-FS-1).
 */
public interface SuperOperations {
    /** The address-space operations of this filesystem's files ({@code inode->i_mapping->a_ops}). */
    AddressSpaceOperations addressSpaceOperations();

    /** Fills a new in-core inode ({@code iget_locked} + the filesystem's read of it); may allocate and do I/O. */
    default void readInode(Inode inode) {
    }

    /** {@code ->evict_inode}: the inode's last reference is gone and the cache drops it; runs in the dropping context. */
    void evictInode(Inode inode);

    /**
     * {@code ->destroy_inode}: after {@link #evictInode}, the inode leaves the VFS; runs in the dropping context. A
     * filesystem that defers work it cannot do there (XFS's inodegc, K-FS-6) queues it here.
     */
    default void destroyInode(Inode inode) {
    }

    /** {@code ->unlink}: the file's name is removed ({@code i_nlink} drops to 0); may need a transaction. */
    default void unlink(Inode inode) {
    }

    /** {@code ->nr_cached_objects}: filesystem objects the superblock shrinker may free; called under any mask. */
    default long nrCachedObjects(ShrinkControl sc) {
        return 0;
    }

    /** {@code ->free_cached_objects}: frees up to {@code sc.nrToScan()} of them; returns objects freed. */
    default long freeCachedObjects(ShrinkControl sc) {
        return 0;
    }

    /**
     * Per-superblock NOFS (the 2020 proposal, not in any kernel): reclaim run by the current task, inside a NOFS scope
     * this filesystem opened for its own superblock, asks whether it may reclaim from this superblock anyway. The
     * default, and any filesystem that cannot tell, answers false (the scope is NOFS for it). Called under any mask
     * and must not block or allocate.
     */
    default boolean nofsReclaimSafe() {
        return false;
    }

    /** {@code ->sync_fs}. */
    default void syncFs(boolean wait) {
    }

    /**
     * Starts a transaction, for filesystems that have them (an {@code ioctl}-like entry: {@code xfs_trans_alloc}).
     * Filesystems without transactions keep the default, which throws.
     */
    default Transaction transStart(String reason, int logUnits) {
        throw new UnsupportedOperationException("this filesystem has no transactions");
    }
}
