package org.reclaimtck.tck.suites.allocator;

import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * {@code memhog} allocates with GFP_KERNEL inside memalloc_nofs_save and memalloc_noio_save, fills memory to MIN,
 * asks with GFP_KERNEL|__GFP_NORETRY in a NOFS scope (its direct reclaim must be NOFS), then with GFP_KERNEL in a NOFS
 * scope and with GFP_NOIO: nothing is reclaimable, so both must retry, without OOM, until {@code memfree} gives 8
 * pages back 20 ms later.
 */
@TckCase(suite = "allocator", id = "scoped-mask", rules = {RuleIds.ALLOC_8, RuleIds.ALLOC_9},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ScopedMaskCase extends AllocatorCase {
    private Completion exhausted;

    @Override
    public void workload(Kernel kernel) {
        exhausted = kernel.runtime().completion("memory exhausted");
        super.workload(kernel);
        kernel.spawn("memfree", () -> {
            exhausted.waitForCompletion();
            kernel.runtime().msleep(20);
            for (int i = 0; i < 8; i++) {
                kernel.pageAllocator().freePages(memhog.held().remove(memhog.held().size() - 1), 0);
            }
        });
    }

    @Override
    protected void requests(Kernel kernel, AllocRecorder rec) {
        rec.underNofs(() -> rec.alloc(Gfp.GFP_KERNEL, 0));
        rec.underNoio(() -> {
            rec.alloc(Gfp.GFP_KERNEL, 0);
            rec.alloc(Gfp.GFP_NOFS, 1);
        });
        rec.fillTo(Gfp.GFP_NOWAIT, 0);
        rec.underNofs(() -> rec.alloc(Gfp.GFP_KERNEL.or(Gfp.__GFP_NORETRY), 0));
        exhausted.complete();
        rec.shared(() -> {
            rec.underNofs(() -> rec.alloc(Gfp.GFP_KERNEL, 0));
            rec.alloc(Gfp.GFP_NOIO, 0);
        });
    }
}
