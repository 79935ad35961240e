package org.reclaimtck.ref.vmscan;

import java.util.function.BooleanSupplier;
import org.reclaimtck.spi.gfp.Gfp;

/**
 * What one reclaim pass asks and what it found: models {@code struct scan_control} of {@code mm/vmscan.c}: the scoped
 * mask, the pages wanted, the lowest priority to reach, when the node counts as balanced (kswapd), whether to
 * {@code cond_resched()} between priorities; then the priority reached, {@code nr_scanned}, {@code nr_reclaimed} and
 * the {@code sc->nr} counts of the last {@code shrink_node} (K-VMSCAN-11, K-VMSCAN-12); for memcg reclaim, the target
 * memcg's subtree ({@code cgroup_reclaim(sc)}).
 */
final class ScanControl {
    static final BooleanSupplier NEVER = () -> false;

    final Gfp gfpMask;
    final long nrToReclaim;
    final int minPriority;
    final BooleanSupplier balanced;
    final boolean resched;
    /** {@code sc->target_mem_cgroup}'s lruvecs (its subtree, itself first), or null for global reclaim. */
    java.util.List<MemcgLruvecs.MemcgLruvec> target;
    int priority;
    long nrScanned;
    long nrReclaimed;
    /** {@code sc->nr}: summed over the shrink_inactive_list calls of one shrink_node. */
    final ReclaimStat nr = new ReclaimStat();

    ScanControl(Gfp gfpMask, long nrToReclaim, int minPriority, BooleanSupplier balanced, boolean resched) {
        this.gfpMask = gfpMask;
        this.nrToReclaim = nrToReclaim;
        this.minPriority = minPriority;
        this.balanced = balanced;
        this.resched = resched;
    }

    Gfp gfpMask() {
        return gfpMask;
    }
}
