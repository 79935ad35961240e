package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.part.AllocatorContext;
import org.reclaimtck.spi.part.PageAllocatorType;

/**
 * A planted defect: a counting allocator whose fast path tests MIN instead of LOW, so it never takes the slow path
 * (and never wakes kswapd) until the zone is at MIN. Found by ServiceLoader on the test class path; selected with
 * {@code reclaimtck.parts=allocator:fastpath-at-min}.
 */
public final class FastPathAtMinAllocatorType implements PageAllocatorType {
    public static final String NAME = "fastpath-at-min";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PageAllocator create(AllocatorContext ctx) {
        return new CountingAllocator(ctx) {
            @Override
            public long allocPages(Gfp gfp, int order) {
                Gfp eff = ctx.runtime().current().currentGfpContext(gfp);
                if (ok(order, wm.min())) { // the defect: the fast path must test LOW
                    return take(order);
                }
                if (eff.has(Gfp.__GFP_KSWAPD_RECLAIM)) {
                    ctx.wakeupKswapd(eff, order);
                }
                return -1;
            }
        };
    }
}
