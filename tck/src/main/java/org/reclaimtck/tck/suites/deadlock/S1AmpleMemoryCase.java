package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S1's workload on ample memory: no allocation dips below the min watermark, so no reclaim runs and even the
 * buggy dm-bufio completes. The deadlock of S1 needs real memory pressure.
 */
@TckCase(suite = "deadlock", id = "s1-ample-memory", rules = {RuleIds.DL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S1AmpleMemoryCase extends StorageCase {
    public S1AmpleMemoryCase() {
        super(StorageScenarios::s1, false, 100);
    }
}
