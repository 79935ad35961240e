package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.Watermarks;
import org.reclaimtck.spi.part.AllocatorContext;

/**
 * The planted allocators' common part: pages counted, not placed, with the reference's watermark formula
 * ({@code __setup_per_zone_wmarks}); each subclass writes {@code allocPages} with its defect.
 */
abstract class CountingAllocator implements PageAllocator {
    final AllocatorContext ctx;
    final Watermarks wm;
    private final long managed;
    private long free;
    private long next = 1;

    CountingAllocator(AllocatorContext ctx) {
        this.ctx = ctx;
        this.managed = ctx.managedPages();
        long min = Math.max(128, Math.min(262_144, (long) Math.sqrt(managed * 4.0 * 16))) / 4;
        long delta = Math.max(min / 4, managed * 10 / 10_000);
        this.wm = new Watermarks(min, min + delta, min + 2 * delta);
        this.free = managed;
    }

    /** {@code __zone_watermark_ok} without reserves: free - (2^order - 1) > mark. */
    boolean ok(int order, long mark) {
        return free - ((1L << order) - 1) > mark;
    }

    long take(int order) {
        free -= 1L << order;
        long pfn = next;
        next += 1L << order;
        return pfn;
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
}
