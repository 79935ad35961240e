package org.reclaimtck.ref.fs;

import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.SuperBlock;

/** An inode in the cache: models {@code struct inode} with its reference count ({@code fs/inode.c}); one page of memory. */
final class CachedInode implements Inode {
    private final JournalFs fs;
    private final long ino;
    final long page;
    int refs;

    CachedInode(JournalFs fs, long ino, long page) {
        this.fs = fs;
        this.ino = ino;
        this.page = page;
    }

    @Override
    public long ino() {
        return ino;
    }

    @Override
    public SuperBlock superBlock() {
        return fs;
    }
}
