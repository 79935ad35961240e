package org.reclaimtck.ref.vfs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.fs.Dentry;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * One super block's dentry cache: models {@code d_alloc}, {@code dput} ({@code retain_dentry}, {@code d_lru_add}),
 * {@code d_delete} and {@code prune_dcache_sb} with {@code dentry_lru_isolate} of {@code fs/dcache.c} over the
 * {@code s_dentry_lru} list_lru (one list: one node, no memcg lists). Each dentry pins its inode; pruning one drops
 * that reference, and an inode whose last reference goes is evicted right there, in the pruning (reclaim) context
 * (K-FS-1, K-FS-3, K-FS-4).
 */
final class DentryCache {
    /** Named files get inode numbers from here; {@code iget} callers use small numbers. */
    private static final long FIRST_NAMED_INO = 1L << 20;

    private final VfsSuper sb;
    private final PageAllocator pages;
    private final InodeCache inodes;
    /** The hash: name to its hashed dentry. */
    private final Map<String, VfsDentry> hash = new HashMap<>();
    /** The file's inode number, while it is linked. */
    private final Map<String, Long> names = new HashMap<>();
    /** {@code s_dentry_lru}, oldest first. */
    private final LinkedHashSet<VfsDentry> lru = new LinkedHashSet<>();
    private long nextIno = FIRST_NAMED_INO;
    private int cached;

    DentryCache(VfsSuper sb, PageAllocator pages, InodeCache inodes) {
        this.sb = sb;
        this.pages = pages;
        this.inodes = inodes;
    }

    /** {@code lookup_one} / {@code d_alloc}: a referenced dentry (a cached one marked DCACHE_REFERENCED by its user). */
    Dentry lookup(String path) {
        VfsDentry d = hash.get(path);
        if (d != null) {
            d.count++;
            return d;
        }
        Long ino = names.get(path);
        boolean created = ino == null;
        if (created) {
            ino = nextIno++;
        }
        VfsInode inode = inodes.igetNamed(ino, path);
        long page = pages.allocPages(Gfp.GFP_KERNEL, 0);
        names.put(path, ino);
        d = new VfsDentry(sb, path, inode, page);
        d.count = 1;
        hash.put(path, d);
        cached++;
        return d;
    }

    /**
     * {@code dput}: the last reference of a hashed dentry puts it on the LRU ({@code d_lru_add}) or, if it is there
     * already, marks it DCACHE_REFERENCED; an unhashed one is killed now ({@code retain_dentry} false).
     */
    void dput(Dentry dentry) {
        VfsDentry d = (VfsDentry) dentry;
        if (d.count <= 0) {
            throw new IllegalStateException("dput of unreferenced " + d);
        }
        if (--d.count > 0) {
            return;
        }
        if (!d.hashed) {
            kill(d);
        } else if (d.onLru) {
            d.referenced = true;
        } else {
            d.onLru = true;
            lru.add(d);
        }
    }

    /**
     * {@code vfs_unlink} + {@code d_delete}: the name goes; an unused dentry becomes negative at once (its inode
     * reference dropped here, so the unlinker evicts), one in use is unhashed and killed by its last {@code dput}.
     */
    void unlink(String path) {
        Long ino = names.remove(path);
        if (ino == null) {
            throw new IllegalArgumentException("unlink " + path + ": no such file on " + sb.id());
        }
        VfsDentry d = hash.remove(path);
        if (d == null) {
            VfsInode inode = inodes.igetNamed(ino, path);
            sb.callUnlink(inode);
            inodes.iput(inode);
            return;
        }
        d.hashed = false;
        sb.callUnlink(d.inode);
        if (d.count == 0) {
            lru.remove(d);
            d.onLru = false;
            kill(d);
        }
    }

    /** Dentries cached, in use or not. */
    int size() {
        return cached;
    }

    /** {@code list_lru_shrink_count(&sb->s_dentry_lru)}. */
    int lruCount() {
        return lru.size();
    }

    /**
     * {@code prune_dcache_sb}: walks up to {@code nr} dentries from the LRU's head: one in use leaves the list, a
     * referenced one loses DCACHE_REFERENCED and rotates, the others are killed ({@code shrink_dentry_list}), each
     * dropping its inode reference. Returns dentries freed.
     */
    long prune(long nr) {
        List<VfsDentry> dispose = new ArrayList<>();
        List<VfsDentry> rotate = new ArrayList<>();
        Iterator<VfsDentry> it = lru.iterator();
        for (long walked = 0; walked < nr && it.hasNext(); walked++) {
            VfsDentry d = it.next();
            it.remove();
            if (d.count > 0) {
                d.onLru = false;
            } else if (d.referenced) {
                d.referenced = false;
                rotate.add(d);
            } else {
                d.onLru = false;
                dispose.add(d);
            }
        }
        lru.addAll(rotate);
        for (VfsDentry d : dispose) {
            if (d.hashed) {
                hash.remove(d.name());
            }
            kill(d);
        }
        return dispose.size();
    }

    /** {@code __dentry_kill}: {@code dentry_unlink_inode} (iput of its inode), then the dentry's memory goes. */
    private void kill(VfsDentry d) {
        cached--;
        try {
            inodes.iput(d.inode);
        } finally {
            if (d.page >= 0) {
                pages.freePages(d.page, 0);
            }
        }
    }
}
