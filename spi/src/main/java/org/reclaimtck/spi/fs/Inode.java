package org.reclaimtck.spi.fs;

/** An in-memory inode: models {@code struct inode} ({@code fs/inode.c}); cached on the superblock's LRU when unused. */
public interface Inode {
    long ino();

    SuperBlock superBlock();
}
