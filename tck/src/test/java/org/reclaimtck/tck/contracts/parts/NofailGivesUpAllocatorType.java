package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.part.AllocatorContext;
import org.reclaimtck.spi.part.PageAllocatorType;

/**
 * A planted defect: a blocking __GFP_NOFAIL request that reclaim could not help returns no page instead of retrying
 * from the reserves. Selected with {@code reclaimtck.parts=allocator:nofail-gives-up}; ALLOC-7 must catch it.
 */
public final class NofailGivesUpAllocatorType implements PageAllocatorType {
    public static final String NAME = "nofail-gives-up";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PageAllocator create(AllocatorContext ctx) {
        return new SlowPathAllocator(ctx) {
            @Override
            boolean costlyGivesUp() {
                return true;
            }

            @Override
            boolean nofailFallsBack() {
                return false; // the defect
            }
        };
    }
}
