package org.reclaimtck.tck.suites.oom;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.AnonTasks;

/**
 * S5: {@code find} reads 64 inodes of A and keeps them open; {@code memhog} then faults in twice the machine, so
 * kswapd and direct reclaim run A's superblock shrinker. A filesystem whose inode reclaim allocates with
 * {@code __GFP_NOFAIL} there ({@code xfs:nofail-in-reclaim}), or of order 2 ({@code xfs:nofail-high-order}), makes
 * the allocator warn: NOFAIL-1 names the filesystem and the call that made the request.
 */
@TckCase(suite = "forward-progress", id = "nofail-from-reclaim", rules = {RuleIds.NOFAIL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.FILESYSTEM, Capability.OOM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class NofailFromReclaimCase extends OomCase {
    @Override
    public void workload(Kernel k) {
        SuperBlock a = k.storage().superBlock("A");
        k.spawn("find", () -> {
            for (int i = 0; i < 64; i++) {
                a.iget(100 + i);
            }
        });
        AnonTasks.hog(k, "memhog", 5, 2 * MEMORY_PAGES);
    }
}
