package org.reclaimtck.spi.fs;

import org.reclaimtck.spi.block.BlockDevice;

/**
 * A mounted journaling filesystem: models {@code struct super_block} ({@code fs/super.c}) with a
 * transaction log of bounded space ({@code fs/xfs/xfs_trans.c}, {@code fs/jbd2/}) and an inode cache
 * reclaimed by the per-superblock shrinker ({@code super_cache_scan}, K-FS-1..5).
 */
public interface SuperBlock {
    /** The label, e.g. {@code A}. */
    String id();

    BlockDevice device();

    /** Starts a transaction reserving log space; sleeps while the log is full. */
    Transaction transStart(String reason, int logUnits);

    /** {@code iget()}: the inode, allocated (memory) and read if not cached. */
    Inode iget(long ino);

    /** {@code iput()}: drops a reference; an unused inode stays cached until the shrinker evicts it. */
    void iput(Inode inode);

    /** Buffered write of {@code blocks} blocks of a file at {@code block}, allocating and journalling as needed. */
    void writeFile(String path, long block, int blocks);

    /**
     * Buffered read of {@code blocks} blocks of a file into the page cache: the folios stay cached, clean, on
     * the file LRU, where reclaim may drop them in any context that allows direct reclaim.
     */
    void readFile(String path, long block, int blocks);

    /**
     * {@code lookup_one} + {@code d_alloc}: a referenced dentry of {@code path}, the file created (a new inode) if
     * missing; a cached dentry is reused. Drop the reference with {@link #dput}.
     */
    default Dentry lookup(String path) {
        throw new UnsupportedOperationException("this provider has no dentry cache (lookup " + path + ")");
    }

    /**
     * {@code dput}: drops a reference; an unused dentry stays cached on the dentry LRU, pinning its inode, until the
     * superblock shrinker prunes it; an unlinked one is killed at once, dropping its inode reference.
     */
    default void dput(Dentry dentry) {
        throw new UnsupportedOperationException("this provider has no dentry cache (dput " + dentry + ")");
    }

    /**
     * {@code vfs_unlink} + {@code d_delete}: the file's name goes ({@code i_nlink} 0, through the filesystem's
     * {@code ->unlink}); a dentry still in use is unhashed, and its last {@code dput} drops the inode's last reference.
     */
    default void unlink(String path) {
        throw new UnsupportedOperationException("this provider has no dentry cache (unlink " + path + ")");
    }

    /** Dentries in the cache, in use or on the LRU. */
    default int cachedDentries() {
        return 0;
    }

    /** Inodes in the cache. */
    int cachedInodes();

    /** Free log units now. */
    int freeLogUnits();

    /**
     * {@code sb->s_stack_depth}: how many filesystems lie below this one through loop devices (0 on a disk; 1 for a
     * filesystem on a loop device over a file of a depth-0 filesystem). The per-superblock NOFS proposal's nesting
     * depth. Providers that do not stack keep the default.
     */
    default int stackDepth() {
        return 0;
    }
}
