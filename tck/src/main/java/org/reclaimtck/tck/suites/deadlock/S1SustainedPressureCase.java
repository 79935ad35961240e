package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.AnonTasks;
import org.reclaimtck.tck.workloads.StorageScenarios;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * S1 under sustained shortage: S1's workload beside {@code java}, which faults in twice the machine and never gives
 * memory back on its own. A fixed kernel completes: the OOM killer ends java once reclaim has nothing left, and
 * xfs_io's GFP_NOFS requests retry without killing (K-OOM-2). Without an OOM killer ({@code oom:no-oom-killer}) the
 * run ends out of memory: the false alarm of issue 9.
 */
@TckCase(suite = "deadlock", id = "s1-sustained-anon-pressure", rules = {RuleIds.DL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM, Capability.OOM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class S1SustainedPressureCase extends StorageCase {
    public S1SustainedPressureCase() {
        super((k, pressure) -> {
            StorageScenarios.s1(k, pressure);
            AnonTasks.hog(k, "java", 2, 2 * StorageStacks.SMALL_MEMORY_PAGES);
        }, true, 100);
    }
}
