package org.reclaimtck.tck.providers;

import java.util.List;

/**
 * A planted defect in the reclaim core: {@code do_shrink_slab} asks for the whole total in one {@code scan_objects}
 * call instead of batches of 128. RECLAIM-1 must catch it.
 */
public final class UnbatchedShrinkSlabProvider extends OwnShrinkSlabProvider {
    public UnbatchedShrinkSlabProvider() {
        super("unbatched-shrink-slab");
    }

    @Override
    List<Long> batches(long total, long freeable) {
        return total >= 128 || total >= freeable ? List.of(total) : List.of(); // the defect: no batches
    }
}
