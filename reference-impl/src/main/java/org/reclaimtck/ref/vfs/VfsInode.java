package org.reclaimtck.ref.vfs;

import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.SuperBlock;

/** An in-core inode: models {@code struct inode} with {@code i_count} ({@code fs/inode.c}); one page of memory. */
final class VfsInode implements Inode {
    private final VfsSuper sb;
    private final long ino;
    final long page;
    int refs;

    VfsInode(VfsSuper sb, long ino, long page) {
        this.sb = sb;
        this.ino = ino;
        this.page = page;
    }

    @Override
    public long ino() {
        return ino;
    }

    @Override
    public SuperBlock superBlock() {
        return sb;
    }

    @Override
    public String toString() {
        return "inode " + ino + " on " + sb.id();
    }
}
