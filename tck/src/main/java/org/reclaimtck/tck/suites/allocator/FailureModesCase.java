package org.reclaimtck.tck.suites.allocator;

import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * Between MIN and LOW, {@code memhog} asks for an order-2 block and, under PF_MEMALLOC, a page with __GFP_NOFAIL
 * (both must succeed and warn); at MIN, with nothing reclaimable, it asks with __GFP_NORETRY, __GFP_RETRY_MAYFAIL and
 * for a costly order-4 block (all must fail, without OOM, NORETRY and the costly one after one direct reclaim); last,
 * still at MIN, it asks for an order-4 block with __GFP_NOFAIL, which reaches the no-progress end of the slow path
 * (no OOM for a costly order) and must still succeed: from the MIN reserve NOFAIL may use (K-ALLOC-14), or from the
 * 32 pages {@code memfree} frees 20 ms later.
 */
@TckCase(suite = "allocator", id = "failure-modes", rules = {RuleIds.ALLOC_6, RuleIds.ALLOC_7, RuleIds.ALLOC_10},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class FailureModesCase extends AllocatorCase {
    private Completion costlyNofail;

    @Override
    public void workload(Kernel kernel) {
        costlyNofail = kernel.runtime().completion("costly nofail asked");
        super.workload(kernel);
        kernel.spawn("memfree", () -> {
            costlyNofail.waitForCompletion();
            kernel.runtime().msleep(20);
            for (int i = 0; i < 32; i++) {
                kernel.pageAllocator().freePages(memhog.held().remove(memhog.held().size() - 1), 0);
            }
        });
    }

    @Override
    protected void requests(Kernel kernel, AllocRecorder rec) {
        long low = kernel.pageAllocator().watermarks().low();
        rec.fillTo(Gfp.GFP_NOWAIT, low - 4);
        rec.alloc(Gfp.GFP_KERNEL.or(Gfp.__GFP_NOFAIL), 2);
        rec.underPfMemalloc(() -> rec.alloc(Gfp.GFP_KERNEL.or(Gfp.__GFP_NOFAIL), 0));
        rec.fillTo(Gfp.GFP_NOWAIT, 0);
        rec.alloc(Gfp.GFP_KERNEL.or(Gfp.__GFP_NORETRY), 0);
        rec.alloc(Gfp.GFP_KERNEL.or(Gfp.__GFP_RETRY_MAYFAIL), 0);
        rec.alloc(Gfp.GFP_KERNEL, 4);
        rec.alloc(Gfp.GFP_NOIO.or(Gfp.__GFP_NORETRY), 1);
        costlyNofail.complete();
        rec.shared(() -> rec.alloc(Gfp.GFP_KERNEL.or(Gfp.__GFP_NOFAIL), 4));
    }
}
