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

    @Override
    public long countObjects(ShrinkControl sc) {
        long n = sb.inodes().unused() + Math.max(0, sb.nrCachedObjects(sc));
        return n == 0 ? SHRINK_EMPTY : n;
    }

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
                long inodes = sb.inodes().unused();
                long fsObjects = Math.max(0, sb.nrCachedObjects(sc));
                long total = inodes + fsObjects;
                if (total == 0) {
                    return 0;
                }
                long inodeShare = fsObjects == 0 ? sc.nrToScan() : sc.nrToScan() * inodes / total + 1;
                long freed = sb.inodes().prune(inodeShare);
                if (fsObjects > 0) {
                    long fsShare = sc.nrToScan() * fsObjects / total + 1;
                    freed += sb.callFreeCachedObjects(new ShrinkControl(sc.gfpMask(), sc.nid(), fsShare, sc.memcg()));
                }
                return freed;
            } finally {
                sb.leave("super_cache_scan");
            }
        } finally {
            sb.umount().upRead();
        }
    }
}
