package org.reclaimtck.ref.vmscan;

import java.util.function.BooleanSupplier;
import org.reclaimtck.spi.gfp.Gfp;

/**
 * What one reclaim pass asks: models {@code struct scan_control} of {@code mm/vmscan.c}: the scoped mask, the
 * pages wanted, the lowest priority to reach, when the node counts as balanced (kswapd), and whether to
 * {@code cond_resched()} between priorities.
 */
record ScanControl(Gfp gfpMask, long nrToReclaim, int minPriority, BooleanSupplier balanced, boolean resched) {
    static final BooleanSupplier NEVER = () -> false;
}
