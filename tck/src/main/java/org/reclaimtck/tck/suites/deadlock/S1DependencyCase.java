package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S1 judged by the dependency oracle: S1's workload once on ample memory with the reclaim probe. A dm-bufio shrinker
 * that waits for I/O under __GFP_IO ({@code dm-bufio=gfp-io}) gives {@code io_reclaim -> bio:dm-0 -> A->log ->
 * io_reclaim}: NOFS reclaim waits for dm-0, whose bios loop0 completes after taking A's log, which xfs_io holds
 * while allocating GFP_NOFS.
 */
@TckCase(suite = "deadlock", id = "s1-dependency-graph", rules = {RuleIds.DEP_1, RuleIds.DEP_2, RuleIds.DEP_3}, maxSeeds = 1,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S1DependencyCase extends DependencyCase {
    public S1DependencyCase() {
        super(StorageScenarios::s1);
    }
}
