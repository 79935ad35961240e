package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.part.AllocatorContext;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.task.Task;

/**
 * A counting allocator with a plain slow path, for planted defects in the retry rules: fast path at LOW, kswapd woken,
 * MIN, direct reclaim under PF_MEMALLOC up to {@code MAX_RECLAIM_RETRIES} + 1 times, NORETRY after one; costly orders
 * give up after one reclaim and NOFAIL falls back to every free page, unless the subclass's defect says otherwise.
 */
abstract class SlowPathAllocator extends CountingAllocator {
    SlowPathAllocator(AllocatorContext ctx) {
        super(ctx);
    }

    /** Whether a costly order without __GFP_RETRY_MAYFAIL gives up after its first direct reclaim. */
    abstract boolean costlyGivesUp();

    /** Whether a blocking NOFAIL request that reclaim could not help falls back to every free page. */
    abstract boolean nofailFallsBack();

    @Override
    public long allocPages(Gfp gfp, int order) {
        Task me = ctx.runtime().current();
        Gfp eff = me.currentGfpContext(gfp);
        if (ok(order, wm.low())) {
            return take(order);
        }
        if (eff.has(Gfp.__GFP_KSWAPD_RECLAIM)) {
            ctx.wakeupKswapd(eff, order);
        }
        if (ok(order, wm.min())) {
            return take(order);
        }
        boolean nofail = eff.has(Gfp.__GFP_NOFAIL);
        if (eff.allowsBlocking() && !me.flags().contains(PfFlag.PF_MEMALLOC)) {
            for (int tries = 0; tries <= 16; tries++) {
                try (MemallocScope s = me.memallocNoreclaimSave()) {
                    ctx.tryToFreePages(eff, order);
                }
                if (ok(order, wm.min())) {
                    return take(order);
                }
                if (!nofail && (eff.has(Gfp.__GFP_NORETRY)
                        || (costlyGivesUp() && order > 3 && !eff.has(Gfp.__GFP_RETRY_MAYFAIL)))) {
                    return -1;
                }
            }
        }
        return nofail && nofailFallsBack() && nrFreePages() >= 1L << order ? take(order) : -1;
    }
}
