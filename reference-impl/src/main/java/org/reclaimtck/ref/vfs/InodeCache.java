package org.reclaimtck.ref.vfs;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * One super block's inode cache and LRU: models {@code iget_locked}, {@code iput}, {@code prune_icache_sb} and
 * {@code evict} of {@code fs/inode.c}. An unused inode stays cached until the superblock shrinker prunes it; eviction
 * calls the filesystem's {@code ->evict_inode} in the pruning context, reclaim included (K-FS-3, K-FS-4).
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
        VfsInode inode = inodes.get(ino);
        if (inode == null) {
            long page = pages.allocPages(Gfp.GFP_KERNEL, 0);
            inode = new VfsInode(sb, ino, page);
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

    /** {@code iput}: drops a reference; an unused inode stays cached. */
    void iput(Inode inode) {
        VfsInode i = inodes.get(inode.ino());
        if (i == null || i != inode) {
            throw new IllegalArgumentException("iput of " + inode + ", which is not in the inode cache of " + sb.id());
        }
        if (i.refs <= 0) {
            throw new IllegalStateException("iput of unreferenced inode " + i.ino() + " on " + sb.id());
        }
        i.refs--;
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

    /** {@code evict()}: the filesystem's {@code ->evict_inode}, then the inode's memory goes. */
    private void evict(VfsInode i) {
        try {
            sb.callEvictInode(i);
        } finally {
            if (i.page > 0) {
                pages.freePages(i.page, 0);
            }
        }
    }
}
