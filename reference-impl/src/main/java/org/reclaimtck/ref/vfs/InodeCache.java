package org.reclaimtck.ref.vfs;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * One super block's inode cache and LRU: models {@code iget_locked}, {@code iput} ({@code iput_final}),
 * {@code prune_icache_sb} and {@code evict} of {@code fs/inode.c}. An unused linked inode stays cached until the
 * superblock shrinker prunes it; an unlinked one is evicted by its last {@code iput} (a dentry pruned by reclaim
 * included); eviction calls the filesystem's {@code ->evict_inode} and {@code ->destroy_inode} in that context
 * (K-FS-3, K-FS-4).
 */
final class InodeCache {
    private final VfsSuper sb;
    private final PageAllocator pages;
    /** In LRU order, least recently used first. */
    private final Map<Long, VfsInode> inodes = new LinkedHashMap<>();

    InodeCache(VfsSuper sb, PageAllocator pages) {
        this.sb = sb;
        this.pages = pages;
    }

    /** {@code iget}: the cached inode, or a new one ({@code alloc_inode} with GFP_KERNEL, then the fs reads it). */
    Inode iget(long ino) {
        return igetNamed(ino, "");
    }

    /** {@code iget} of the inode of file {@code path} (empty for one read by number). */
    VfsInode igetNamed(long ino, String path) {
        VfsInode inode = inodes.get(ino);
        if (inode == null) {
            long page = pages.allocPages(Gfp.GFP_KERNEL, 0);
            inode = new VfsInode(sb, ino, path, page);
            try {
                sb.callReadInode(inode);
            } catch (RuntimeException | Error e) {
                if (page > 0) {
                    pages.freePages(page, 0);
                }
                throw e;
            }
            inodes.put(ino, inode);
        }
        inode.refs++;
        return inode;
    }

    /**
     * {@code iput}: drops a reference; an unused linked inode stays cached, the last reference of an unlinked one
     * evicts it now ({@code iput_final}: {@code generic_drop_inode}), in the caller's context.
     */
    void iput(Inode inode) {
        VfsInode i = inodes.get(inode.ino());
        if (i == null || i != inode) {
            throw new IllegalArgumentException("iput of " + inode + ", which is not in the inode cache of " + sb.id());
        }
        if (i.refs <= 0) {
            throw new IllegalStateException("iput of unreferenced inode " + i.ino() + " on " + sb.id());
        }
        i.refs--;
        if (i.refs == 0 && i.nlink == 0) {
            inodes.remove(i.ino());
            evict(i);
        }
    }

    int size() {
        return inodes.size();
    }

    int unused() {
        int n = 0;
        for (VfsInode i : inodes.values()) {
            if (i.refs == 0) {
                n++;
            }
        }
        return n;
    }

    /** {@code prune_icache_sb}: evicts up to {@code nr} unused inodes, oldest first. */
    long prune(long nr) {
        long freed = 0;
        Iterator<VfsInode> it = inodes.values().iterator();
        while (it.hasNext() && freed < nr) {
            VfsInode i = it.next();
            if (i.refs == 0) {
                it.remove();
                evict(i);
                freed++;
                it = inodes.values().iterator();
            }
        }
        return freed;
    }

    /**
     * {@code evict()}: the filesystem's {@code ->evict_inode}, then {@code destroy_inode} ({@code ->destroy_inode}),
     * then the inode's memory goes.
     */
    private void evict(VfsInode i) {
        try {
            sb.callEvictInode(i);
            sb.callDestroyInode(i);
        } finally {
            if (i.page > 0) {
                pages.freePages(i.page, 0);
            }
        }
    }
}
