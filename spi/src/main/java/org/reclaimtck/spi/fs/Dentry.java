package org.reclaimtck.spi.fs;

/**
 * A directory entry: models {@code struct dentry} ({@code fs/dcache.c}): a name on a super block that holds a reference
 * on its inode ({@code d_inode}) for as long as the dentry is cached. An unused dentry ({@code d_lockref.count} 0)
 * stays on its super block's dentry LRU until the superblock shrinker prunes it, which drops that inode reference,
 * in reclaim context too (K-FS-1, K-FS-4).
 */
public interface Dentry {
    /** The path on its filesystem, e.g. {@code /f17}. */
    String name();

    SuperBlock superBlock();

    /** {@code d_inode}: the inode the dentry pins. */
    Inode inode();
}
