package com.acme.cache;

import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;

/**
 * The record cache's shrinker: models {@code xfs_qm_shrink_count} / {@code xfs_qm_shrink_scan} of
 * {@code fs/xfs/xfs_qm.c}. Writing a record back enters the filesystem (a transaction), so the scan must return
 * {@code SHRINK_STOP} when the caller's mask lacks {@code __GFP_FS} (K-SHRINK-1, K-FS-1): the reclaim core never
 * checks it for the shrinker. Variant {@code no-fs-check} forgets the check; {@code report-count} returns the
 * objects it had instead of those it freed.
 */
final class AcmeCacheShrinker implements Shrinker {
    static final String FS_CHECK = "fs-check";
    static final String NO_FS_CHECK = "no-fs-check";
    static final String REPORT_COUNT = "report-count";

    private final AcmeCache cache;
    private final boolean checkFs;
    private final boolean reportCount;

    AcmeCacheShrinker(AcmeCache cache, String variant) {
        this.cache = cache;
        this.checkFs = !NO_FS_CHECK.equals(variant);
        this.reportCount = REPORT_COUNT.equals(variant);
    }

    /** {@code acme-cache:acme0}, as {@code shrinker_alloc(0, "acme-cache:%s", name)} names it. */
    @Override
    public String name() {
        return AcmeCacheType.NAME + ":" + cache.name();
    }

    @Override
    public long countObjects(ShrinkControl sc) {
        int n = cache.size();
        return n == 0 ? SHRINK_EMPTY : n;
    }

    @Override
    public long scanObjects(ShrinkControl sc) {
        if (checkFs && !sc.gfpMask().allowsFs()) {
            return SHRINK_STOP;
        }
        long had = cache.size();
        long freed = cache.writeBackAndFree(sc.nrToScan());
        return reportCount ? had : freed;
    }
}
