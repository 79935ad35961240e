package org.reclaimtck.tck.suites.reclaim;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** K-SHRINK-2, {@code do_shrink_slab} of mm/shrinker.c, as the judge's expectation. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ShrinkSlabModel {
    /** {@code SHRINK_BATCH}. */
    public static final long BATCH = 128;

    private long deferred;

    /** {@code nr_deferred} carried to the next call. */
    public long deferred() {
        return deferred;
    }

    /**
     * One call: the {@code nr_to_scan} of each batch the kernel must ask for, given which batch (by index) returned
     * {@code SHRINK_STOP} ({@code -1}: none); updates the deferred work.
     */
    public List<Long> round(long freeable, int priority, int seeks, int stoppedAt) {
        List<Long> asks = new ArrayList<>();
        if (freeable <= 0) {
            return asks;
        }
        long nr = deferred;
        long delta = seeks > 0 ? ((freeable >> priority) * 4) / seeks : freeable / 2;
        long total = Math.min((nr >> priority) + delta, 2 * freeable);
        long scanned = 0;
        while (total >= BATCH || total >= freeable) {
            long n = Math.min(BATCH, total);
            asks.add(n);
            if (asks.size() - 1 == stoppedAt) {
                break;
            }
            total -= n;
            scanned += n;
        }
        deferred = Math.min(Math.max(nr + delta - scanned, 0), 2 * freeable);
        return asks;
    }
}
