package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.part.AllocatorContext;
import org.reclaimtck.spi.part.PageAllocatorType;

/**
 * A planted defect: costly orders (> 3) without __GFP_RETRY_MAYFAIL retry direct reclaim like order 0 instead of
 * giving up after one. Selected with {@code reclaimtck.parts=allocator:costly-retries}; ALLOC-10 must catch it.
 */
public final class CostlyRetriesAllocatorType implements PageAllocatorType {
    public static final String NAME = "costly-retries";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PageAllocator create(AllocatorContext ctx) {
        return new SlowPathAllocator(ctx) {
            @Override
            boolean costlyGivesUp() {
                return false; // the defect
            }

            @Override
            boolean nofailFallsBack() {
                return true;
            }
        };
    }
}
