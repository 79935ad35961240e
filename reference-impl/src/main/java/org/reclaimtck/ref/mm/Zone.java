package org.reclaimtck.ref.mm;

import org.reclaimtck.spi.mm.Watermarks;

/**
 * One memory zone (ZONE_NORMAL) with free pages and watermarks: models {@code struct zone} and
 * {@code __setup_per_zone_wmarks} / {@code __zone_watermark_ok} of {@code mm/page_alloc.c}
 * (K-ALLOC-1, K-ALLOC-3, K-ALLOC-4).
 */
final class Zone {
    static final int PAGE_KB = 4;

    final long managed;
    final Watermarks wmark;
    long free;

    Zone(long managed) {
        this.managed = managed;
        this.free = managed;
        // init_per_zone_wmark_min: min_free_kbytes = sqrt(lowmem_kbytes * 16), clamped to [128, 262144]
        long kb = managed * PAGE_KB;
        long minFreeKb = Math.max(128, Math.min(262_144, (long) Math.sqrt((double) kb * 16)));
        long min = minFreeKb / PAGE_KB;
        // delta = max(min / 4, managed * watermark_scale_factor / 10000), factor 10
        long delta = Math.max(min / 4, managed * 10 / 10_000);
        this.wmark = new Watermarks(min, min + delta, min + 2 * delta);
    }

    /** {@code __zone_watermark_ok}: free - (2^order - 1) > mark, with the reserve rights of {@code flags}. */
    boolean watermarkOk(int order, long mark, int allocFlags) {
        if ((allocFlags & AllocFlags.ALLOC_NO_WATERMARKS) != 0) {
            return free >= (1L << order);
        }
        long min = mark;
        if ((allocFlags & AllocFlags.ALLOC_MIN_RESERVE) != 0) {
            min -= min / 2;
            if ((allocFlags & AllocFlags.ALLOC_NON_BLOCK) != 0) {
                min -= min / 4;
            }
        }
        if ((allocFlags & AllocFlags.ALLOC_OOM) != 0) {
            min -= min / 2;
        }
        return free - ((1L << order) - 1) > min;
    }
}
