package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.Watermarks;
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
        long managed = ctx.managedPages();
        long min = Math.max(128, Math.min(262_144, (long) Math.sqrt(managed * 4.0 * 16))) / 4;
        long delta = Math.max(min / 4, managed * 10 / 10_000);
        Watermarks wm = new Watermarks(min, min + delta, min + 2 * delta);
        return new PageAllocator() {
            private long free = managed;
            private long next = 1;

            @Override
            public long allocPages(Gfp gfp, int order) {
                Gfp eff = ctx.runtime().current().currentGfpContext(gfp);
                if (free - ((1L << order) - 1) > wm.min()) { // the defect: the fast path must test LOW
                    free -= 1L << order;
                    long pfn = next;
                    next += 1L << order;
                    return pfn;
                }
                if (eff.has(Gfp.__GFP_KSWAPD_RECLAIM)) {
                    ctx.wakeupKswapd(eff, order);
                }
                return -1;
            }

            @Override
            public void freePages(long pfn, int order) {
                free += 1L << order;
            }

            @Override
            public long nrFreePages() {
                return free;
            }

            @Override
            public long managedPages() {
                return managed;
            }

            @Override
            public Watermarks watermarks() {
                return wm;
            }
        };
    }
}
