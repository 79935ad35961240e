package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * DEP-4 on the S1 stack: S1's workload once on ample memory with the reclaim probe; the dependency oracle reports a
 * cycle among lock classes alone (lockdep's circular report without reclaim, a bio or a completion in it) and a task
 * taking a lock class it holds (lockdep's recursive report).
 */
@TckCase(suite = "deadlock", id = "lock-order", rules = {RuleIds.DEP_4}, maxSeeds = 1,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class LockOrderCase extends DependencyCase {
    public LockOrderCase() {
        super(StorageScenarios::s1);
    }
}
