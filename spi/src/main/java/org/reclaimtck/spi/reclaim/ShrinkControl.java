package org.reclaimtck.spi.reclaim;

import org.reclaimtck.spi.gfp.Gfp;

/**
 * What reclaim asks of one shrinker call: models {@code struct shrink_control}
 * ({@code include/linux/shrinker.h}). The gfp mask is the caller's scoped mask (K-RECLAIM-4, K-SHRINK-1).
 */
public record ShrinkControl(Gfp gfpMask, int nid, long nrToScan, String memcg) {
    @Override
    public String toString() {
        return "gfp_flags=" + gfpMask + " nid=" + nid + " nr_to_scan=" + nrToScan
                + (memcg == null ? "" : " memcg=" + memcg);
    }
}
