package org.reclaimtck.ref.drivers;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;

/**
 * The dm-bufio shrinker: models {@code dm_bufio_shrink_count} / {@code dm_bufio_shrink_scan} and
 * {@code __cleanup_old_buffer} of {@code drivers/md/dm-bufio.c}, clean buffers first, then dirty ones.
 * Variants: {@code gfp-io} (v3.2: lock blocking and write dirty buffers if {@code __GFP_IO}, K-DM-1),
 * {@code gfp-fs} (9d28eb12447e: the same test on {@code __GFP_FS}, K-DM-2), {@code async} (never blocks:
 * trylock, free clean buffers, hand dirty ones to a background worker; the 2020 thread, cf. K-DM-4).
 */
final class BufioShrinker implements Shrinker {
    private final DmBufio c;
    private final String variant;

    BufioShrinker(DmBufio c, String variant) {
        this.c = c;
        this.variant = variant;
    }

    @Override
    public String name() {
        return "dm-bufio:" + c.name();
    }

    @Override
    public long countObjects(ShrinkControl sc) {
        long n = 0;
        for (BufioBuffer b : c.buffers.values()) {
            if (b.hold == 0) {
                n++;
            }
        }
        return n == 0 ? SHRINK_EMPTY : n;
    }

    @Override
    public long scanObjects(ShrinkControl sc) {
        boolean mayBlock = mayBlock(sc.gfpMask());
        if (mayBlock) {
            c.lock.lock();
        } else if (!c.lock.tryLock()) {
            return SHRINK_STOP;
        }
        try {
            return shrink(sc.nrToScan(), mayBlock);
        } finally {
            c.lock.unlock();
        }
    }

    private boolean mayBlock(Gfp gfp) {
        switch (variant) {
            case DmBufio.GFP_IO:
                return gfp.allowsIo();
            case DmBufio.GFP_FS:
                return gfp.allowsFs();
            default:
                return false;
        }
    }

    /** {@code __shrink}: walk clean then dirty buffers, oldest first, until {@code nr} are looked at. */
    private long shrink(long nr, boolean mayBlock) {
        long freed = 0;
        long left = nr;
        boolean dirtySeen = false;
        for (int pass = 0; pass < 2 && left > 0; pass++) {
            boolean dirtyPass = pass == 1;
            for (BufioBuffer b : c.lruSnapshot()) {
                if (left == 0) {
                    break;
                }
                if (b.dirty != dirtyPass || !b.evictable() || !c.buffers.containsKey(b.block)) {
                    continue;
                }
                left--;
                if (b.dirty) {
                    dirtySeen = true;
                    if (!mayBlock) {
                        continue;
                    }
                    c.writeAndWait(b);
                }
                if (b.evictable() && !b.dirty) {
                    c.free(b);
                    freed++;
                }
            }
        }
        if (dirtySeen && DmBufio.ASYNC.equals(variant)) {
            c.kickWriteback();
        }
        return freed;
    }
}
