package org.reclaimtck.tck.suites.swap;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;

/**
 * A filesystem's inode-cache shrinker as {@code super_cache_scan} runs it before v5.9's non-blocking XFS inode
 * reclaim: without __GFP_FS it returns SHRINK_STOP at once; the first call with __GFP_FS (kswapd's) waits
 * {@code stallMillis} for the log (xfs_reclaim_inodes_nr with SYNC_WAIT behind a log force) and frees nothing. While it
 * waits, kswapd swaps nothing, so the direct reclaimers must.
 */
final class StalledInodeShrinker implements Shrinker {
    private final Kernel kernel;
    private final long stallMillis;
    private boolean stalled;

    StalledInodeShrinker(Kernel kernel, long stallMillis) {
        this.kernel = kernel;
        this.stallMillis = stallMillis;
    }

    @Override
    public String name() {
        return "sb-xfs-inodes";
    }

    @Override
    public int seeks() {
        return 2;
    }

    @Override
    public long countObjects(ShrinkControl sc) {
        return 1024;
    }

    @Override
    public long scanObjects(ShrinkControl sc) {
        if (!sc.gfpMask().allowsFs()) {
            return SHRINK_STOP;
        }
        if (!stalled) {
            stalled = true;
            kernel.runtime().msleep(stallMillis);
        }
        return 0;
    }
}
