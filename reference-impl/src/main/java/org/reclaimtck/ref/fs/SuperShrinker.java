package org.reclaimtck.ref.fs;

import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;

/**
 * The per-superblock shrinker: models {@code super_cache_count} / {@code super_cache_scan} of
 * {@code fs/super.c}: {@code SHRINK_STOP} without {@code __GFP_FS} or when {@code s_umount} is contended,
 * else prune the inode cache (K-FS-1, K-FS-2).
 */
public final class SuperShrinker implements Shrinker {
    private final JournalFs fs;

    SuperShrinker(JournalFs fs) {
        this.fs = fs;
    }

    @Override
    public String name() {
        return "sb-" + fs.id();
    }

    @Override
    public long countObjects(ShrinkControl sc) {
        int unused = fs.unusedInodes();
        return unused == 0 ? SHRINK_EMPTY : unused;
    }

    @Override
    public long scanObjects(ShrinkControl sc) {
        if (!sc.gfpMask().allowsFs()) {
            return SHRINK_STOP;
        }
        if (!fs.umount().tryDownRead()) {
            return SHRINK_STOP;
        }
        try {
            fs.enter("super_cache_scan");
            try {
                return fs.pruneInodes(sc.nrToScan());
            } finally {
                fs.leave("super_cache_scan");
            }
        } finally {
            fs.umount().upRead();
        }
    }
}
