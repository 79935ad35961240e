package org.reclaimtck.tck.providers;

import java.util.ArrayList;
import java.util.List;

/**
 * A planted defect in the reclaim core: {@code do_shrink_slab} scans only while a whole batch (128) is left, so a
 * cache smaller than a batch is never scanned (K-SHRINK-2 scans it once {@code total_scan >= freeable}). RECLAIM-1
 * must catch it on {@code reclaim/shrink-slab}'s 100-object probe.
 */
public final class SmallCacheSkippedProvider extends OwnShrinkSlabProvider {
    public SmallCacheSkippedProvider() {
        super("small-cache-skipped");
    }

    @Override
    List<Long> batches(long total, long freeable) {
        List<Long> out = new ArrayList<>();
        for (long rest = total; rest >= 128; rest -= 128) { // the defect: "|| rest >= freeable" is missing
            out.add(128L);
        }
        return out;
    }
}
