package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.suites.swap.PolicyMetrics;

/**
 * S8 side by side: A and B on their own disks, both at nesting depth 0. Global NOFS keeps {@code xfs_io}'s direct
 * reclaim out of B's inode cache; a per-superblock NOFS scope ({@code gfp-policy:per-sb-nofs}) reclaims it as GFP_KERNEL.
 */
@TckCase(suite = "deadlock", id = "s8-per-sb-nofs-siblings", rules = {RuleIds.DL_1, RuleIds.POLICY_1, RuleIds.NOFAIL_2}, maxSeeds = 8,
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.BLOCK, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class S8SiblingsCase extends S8Case {
    public S8SiblingsCase() {
        super(S8Workload.siblings(), "NOFS pressure from A, B's inode cache beside it", PolicyMetrics.ALL_POLICIES);
    }
}
