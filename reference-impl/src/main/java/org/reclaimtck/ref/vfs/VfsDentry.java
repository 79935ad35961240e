package org.reclaimtck.ref.vfs;

import org.reclaimtck.spi.fs.Dentry;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.SuperBlock;

/**
 * A cached dentry: models {@code struct dentry} with {@code d_lockref.count}, {@code DCACHE_REFERENCED},
 * {@code DCACHE_LRU_LIST} and hashing ({@code fs/dcache.c}); it holds one reference on its inode; one page of memory.
 */
final class VfsDentry implements Dentry {
    private final VfsSuper sb;
    private final String name;
    final VfsInode inode;
    final long page;
    int count;
    boolean referenced;
    boolean onLru;
    boolean hashed = true;

    VfsDentry(VfsSuper sb, String name, VfsInode inode, long page) {
        this.sb = sb;
        this.name = name;
        this.inode = inode;
        this.page = page;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SuperBlock superBlock() {
        return sb;
    }

    @Override
    public Inode inode() {
        return inode;
    }

    @Override
    public String toString() {
        return "dentry " + name + " on " + sb.id() + " (" + inode + ")";
    }
}
