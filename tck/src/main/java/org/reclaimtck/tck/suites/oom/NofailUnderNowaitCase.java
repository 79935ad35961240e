package org.reclaimtck.tck.suites.oom;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * The objection to {@code memalloc_nowait} (K-SCOPE-8): {@code iou-wrk}, io_uring's non-blocking attempt at a write,
 * opens a {@code memalloc_nowait_save} scope and starts a transaction on A inside it; {@code xfs_trans_alloc} asks
 * {@code GFP_KERNEL|__GFP_NOFAIL} (K-FS-5), which the scope cannot see. Under {@code gfp-policy:nowait-scope} the
 * request loses {@code __GFP_DIRECT_RECLAIM} (NOFAIL-2 names the scope and xfs's call); the kernel has no such scope
 * and passes.
 */
@TckCase(suite = "forward-progress", id = "nofail-under-nowait-scope", rules = {RuleIds.NOFAIL_2},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.BLOCK,
                Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class NofailUnderNowaitCase extends OomCase {
    @Override
    public void workload(Kernel k) {
        SuperBlock a = k.storage().superBlock("A");
        k.spawn("iou-wrk", () -> {
            for (int i = 0; i < 4; i++) {
                try (MemallocScope nowait = k.runtime().current().memallocNowaitSave();
                     Transaction t = a.transStart("io_uring write", 1)) {
                    k.runtime().msleep(1);
                }
            }
        });
    }
}
