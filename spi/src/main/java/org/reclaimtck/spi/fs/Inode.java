package org.reclaimtck.spi.fs;

/** An in-memory inode: models {@code struct inode} ({@code fs/inode.c}); cached on the superblock's LRU when unused. */
public interface Inode {
    long ino();

    SuperBlock superBlock();

    /** {@code i_nlink}: 0 once the file is unlinked; the last {@code iput} then evicts it at once. */
    default int nlink() {
        return 1;
    }

    /**
     * {@code i_mapping->host}'s path, the page cache of a file looked up by name ({@link SuperBlock#lookup}); empty for
     * an inode read by number ({@code iget}).
     */
    default String path() {
        return "";
    }
}
