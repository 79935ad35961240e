package org.reclaimtck.tck.suites.forward;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * S6 where the flusher is first needed under memory pressure: {@code dd} dirties {@value #DIRTY} pages of A:/dirty
 * (below the background threshold, so no flusher has run and {@code bdi_wq} has no worker yet); {@code irq} then takes
 * {@code GFP_ATOMIC} pages (reserves, no reclaim) down to {@value #ABOVE_MIN} pages over the min watermark, the last
 * step in one order-n request from above the low watermark, so kswapd wakes on a node whose LRU is all dirty: it tags
 * the folios, wakes the flushers, and {@code bdi_wq} must create its first worker when an order-2 stack would fail MIN
 * (K-WQ-1, K-WQ-2). Only the rescuer can run the writeback; {@code memhog} then needs {@value #HOG} pages with
 * {@code GFP_KERNEL}, which reclaim can find only in written-back folios.
 */
@TckCase(suite = "forward-progress", id = "s6-flusher-under-pressure",
        rules = {RuleIds.FP_2, RuleIds.FP_3, RuleIds.FP_5, RuleIds.FP_7, RuleIds.FP_8},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.BLOCK,
                Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class S6FlusherUnderPressureCase extends S6Case {
    static final int DIRTY = 90;
    /** Free pages over the min watermark {@code irq} leaves: fewer than an order-2 stack needs. */
    static final int ABOVE_MIN = 2;
    static final int HOG = 60;

    public S6FlusherUnderPressureCase() {
        super(4000);
    }

    @Override
    public void workload(Kernel kernel) {
        PageAllocator pa = kernel.pageAllocator();
        Completion dirtied = kernel.runtime().completion("dirtied");
        Completion pressed = kernel.runtime().completion("pressed");
        Completion hogged = kernel.runtime().completion("hogged");
        kernel.spawn("dd", () -> {
            OpenFile f = kernel.storage().vfs().open("A", "/dirty");
            for (int i = 0; i < DIRTY; i += 10) {
                f.writeBuffered(i, 10);
            }
            dirtied.completeAll();
        });
        kernel.spawn("irq", () -> {
            dirtied.waitForCompletion();
            List<long[]> held = takeAtomic(pa);
            pressed.completeAll();
            hogged.waitForCompletion();
            for (long[] h : held) {
                pa.freePages(h[0], (int) h[1]);
            }
        });
        kernel.spawn("memhog", () -> {
            pressed.waitForCompletion();
            kernel.runtime().msleep(50);
            List<Long> held = new ArrayList<>();
            for (int i = 0; i < HOG; i++) {
                long p = pa.allocPages(Gfp.GFP_KERNEL, 0);
                if (p < 0) {
                    break;
                }
                held.add(p);
            }
            for (long p : held) {
                pa.freePages(p, 0);
            }
            hogged.completeAll();
        });
    }

    /**
     * {@code GFP_ATOMIC} blocks (pfn, order) down to min + {@value #ABOVE_MIN}: powers of two while staying above
     * the low watermark, then one block of 2^k pages that lands one page above that, then one page, whose slow path
     * wakes kswapd there (the order-0 {@code pgdat_balanced} check of the model would not wake it for the block).
     */
    private static List<long[]> takeAtomic(PageAllocator pa) {
        long min = pa.watermarks().min();
        long low = pa.watermarks().low();
        int last = 0;
        while (min + ABOVE_MIN + 1 + (1L << last) <= low) {
            last++;
        }
        long target = min + ABOVE_MIN + 1 + (1L << last);
        List<long[]> held = new ArrayList<>();
        while (pa.nrFreePages() > target) {
            int order = 63 - Long.numberOfLeadingZeros(pa.nrFreePages() - target);
            if (!take(pa, order, held)) {
                return held;
            }
        }
        if (take(pa, last, held)) {
            take(pa, 0, held);
        }
        return held;
    }

    private static boolean take(PageAllocator pa, int order, List<long[]> held) {
        long p = pa.allocPages(Gfp.GFP_ATOMIC, order);
        if (p < 0) {
            return false;
        }
        held.add(new long[] {p, order});
        return true;
    }
}
