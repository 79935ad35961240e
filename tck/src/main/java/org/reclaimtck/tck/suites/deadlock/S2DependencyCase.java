package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S2 judged by the dependency oracle: S2's workload once on ample memory with the reclaim probe, dm-bufio as merged
 * in 2014 (gfp-fs). A loop worker allocating GFP_KERNEL ({@code loop=no-noio}) gives {@code fs_reclaim -> bio:dm-0
 * -> fs_reclaim}: reclaim waits for dm-0 in the dm-bufio shrinker, and loop0 completes dm-0's bios only after an
 * allocation that may enter the same reclaim.
 */
@TckCase(suite = "deadlock", id = "s2-dependency-graph", rules = {RuleIds.DEP_1, RuleIds.DEP_2, RuleIds.DEP_3}, maxSeeds = 1,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S2DependencyCase extends DependencyCase {
    public S2DependencyCase() {
        super(StorageScenarios::s2, "dm-bufio", "gfp-fs");
    }
}
