package org.reclaimtck.tck.suites.oom;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * The objection to {@code memalloc_nofail_save} (LSF/MM 2024): {@code xfs_io} runs a transaction on A in a NOFAIL
 * scope, as XFS would, and inside it two nested callers the scope cannot see: an order-2 buffer with GFP_KERNEL
 * ({@code kmalloc_large}-like; may fail) and a GFP_NOWAIT page (an xarray node under a spinlock). Under
 * {@code gfp-policy:nofail-scope} both become __GFP_NOFAIL misuse (K-ALLOC-13); NOFAIL-2 names the scope and the
 * first of them. The kernel has no such scope and passes.
 */
@TckCase(suite = "forward-progress", id = "nofail-scope-nested-callers", rules = {RuleIds.NOFAIL_2},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.BLOCK,
                Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class NofailScopeNestedCallersCase extends OomCase {
    @Override
    public void workload(Kernel k) {
        SuperBlock a = k.storage().superBlock("A");
        PageAllocator pa = k.pageAllocator();
        k.spawn("xfs_io", () -> {
            for (int i = 0; i < 4; i++) {
                try (MemallocScope nofail = k.runtime().current().memallocNofailSave();
                     Transaction t = a.transStart("xfs_attr_set", 1)) {
                    free(pa, pa.allocPages(Gfp.GFP_KERNEL, 2), 2);
                    free(pa, pa.allocPages(Gfp.GFP_NOWAIT, 0), 0);
                }
                k.runtime().msleep(1);
            }
        });
    }

    private static void free(PageAllocator pa, long pfn, int order) {
        if (pfn > 0) {
            pa.freePages(pfn, order);
        }
    }
}
