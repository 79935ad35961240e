package org.reclaimtck.ref.vfs;

import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;

/**
 * The per-superblock shrinker: models {@code super_cache_count} / {@code super_cache_scan} of {@code fs/super.c}:
 * {@code SHRINK_STOP} without {@code __GFP_FS} or when {@code s_umount} is contended, else the scan is split by count
 * over the inode cache and the filesystem's own objects (K-FS-1, K-FS-2). This is the kernel's code, not the
 * filesystem's: a filesystem type cannot change it. Under {@code gfp-policy:per-sb-nofs} the {@code __GFP_FS} test is
 * per superblock ({@link SuperblockNofs}).
 */
final class SuperCacheShrinker implements Shrinker {
    private final VfsSuper sb;

    SuperCacheShrinker(VfsSuper sb) {
        this.sb = sb;
    }

    @Override
    public String name() {
        return "sb-" + sb.id();
    }

    /**
     * {@code SHRINKER_MEMCG_AWARE} as {@code alloc_super} sets it (K-FS-2); the inode cache is one list, not a list_lru
     * per memcg, so memcg reclaim counts and scans the whole superblock's unused inodes (docs/model.md).
     */
    @Override
    public boolean memcgAware() {
        return true;
    }

    /**
     * {@code super_cache_count}: 0 before SB_BORN; unused dentries + unused inodes + the filesystem's objects,
     * {@code SHRINK_EMPTY} if none; {@code vfs_cache_pressure} 100 leaves it unscaled (K-FS-2).
     */
    @Override
    public long countObjects(ShrinkControl sc) {
        if (!sb.born()) {
            return 0;
        }
        long n = sb.dentries().lruCount() + sb.inodes().unused() + Math.max(0, sb.nrCachedObjects(sc));
        return n == 0 ? SHRINK_EMPTY : n;
    }

    /**
     * {@code super_cache_scan}: {@code SHRINK_STOP} without {@code __GFP_FS} or if {@code s_umount} is contended; else
     * {@code nr_to_scan} split by count (K-FS-1): {@code mult_frac(nr, part, total + 1)} each, then the dentry LRU
     * first (the icache is pinned by it), the inode LRU, the filesystem's objects, at least one object each (+1).
     */
    @Override
    public long scanObjects(ShrinkControl sc) {
        if (!SuperblockNofs.mayEnter(sb.runtime(), sb, sc.gfpMask())) {
            return SHRINK_STOP;
        }
        if (!sb.umount().tryDownRead()) {
            return SHRINK_STOP;
        }
        try {
            sb.enter("super_cache_scan");
            try {
                long fsObjects = Math.max(0, sb.nrCachedObjects(sc));
                long[] share = split(sc.nrToScan(), sb.dentries().lruCount(), sb.inodes().unused(), fsObjects);
                long freed = sb.dentries().prune(share[0]);
                freed += sb.inodes().prune(share[1]);
                if (share[2] > 0) {
                    freed += sb.callFreeCachedObjects(new ShrinkControl(sc.gfpMask(), sc.nid(), share[2], sc.memcg()));
                }
                return freed;
            } finally {
                sb.leave("super_cache_scan");
            }
        } finally {
            sb.umount().upRead();
        }
    }

    /**
     * K-FS-1's split of {@code nr} over dentries, inodes and fs objects: {@code mult_frac(nr, n, total + 1)} each, plus
     * one for dentries and inodes, and plus one for fs objects when there are any (0 when there are none).
     */
    static long[] split(long nr, long dentries, long inodes, long fsObjects) {
        long total = dentries + inodes + fsObjects + 1;
        long fs = multFrac(nr, fsObjects, total);
        return new long[] {multFrac(nr, dentries, total) + 1, multFrac(nr, inodes, total) + 1, fs == 0 ? 0 : fs + 1};
    }

    /** {@code mult_frac(x, n, d)}: x * n / d without overflowing. */
    private static long multFrac(long x, long n, long d) {
        return (x / d) * n + ((x % d) * n) / d;
    }
}
