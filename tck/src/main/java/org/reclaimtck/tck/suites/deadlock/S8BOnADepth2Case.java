package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * S8 stacked: B on loop on A, 2 loop layers (nesting depths 0..2). The per-superblock scope of a
 * transaction on A treats every other filesystem of the stack as NOFS (another depth), so it must complete as the
 * kernel does: no deadlock (DL-1).
 */
@TckCase(suite = "deadlock", id = "s8-b-on-loop-on-a-depth-2", rules = {RuleIds.DL_1, RuleIds.POLICY_1, RuleIds.NOFAIL_2}, maxSeeds = 4,
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.BLOCK, Capability.FILESYSTEM, Capability.LOOP})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class S8BOnADepth2Case extends S8Case {
    public S8BOnADepth2Case() {
        super(S8Workload.stacked("B", "A", 2), "B on loop on A, depth 2", STACKED_POLICIES);
    }
}
