package org.reclaimtck.ref.vfs;

import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.SuperBlock;

/**
 * An in-core inode: models {@code struct inode} with {@code i_count} and {@code i_nlink} ({@code fs/inode.c}); one page
 * of memory.
 */
final class VfsInode implements Inode {
    private final VfsSuper sb;
    private final long ino;
    private final String path;
    final long page;
    int refs;
    int nlink = 1;

    VfsInode(VfsSuper sb, long ino, String path, long page) {
        this.sb = sb;
        this.ino = ino;
        this.path = path;
        this.page = page;
    }

    @Override
    public int nlink() {
        return nlink;
    }

    @Override
    public String path() {
        return path;
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
        return "inode " + ino + (path.isEmpty() ? "" : " (" + path + ")") + " on " + sb.id();
    }
}
