package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S2's workload on ample memory: the loop worker never reclaims, so even {@code loop=no-noio} completes.
 */
@TckCase(suite = "deadlock", id = "s2-ample-memory", rules = {RuleIds.DL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S2AmpleMemoryCase extends StorageCase {
    public S2AmpleMemoryCase() {
        super(StorageScenarios::s2, false, 100, "dm-bufio", "gfp-fs");
    }
}
