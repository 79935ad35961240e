package org.reclaimtck.tck.suites.recursion;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S2's workload: the loop worker reclaims while serving I/O to loop0; under memalloc_noio_save it must neither
 * enter a filesystem nor wait for I/O in reclaim.
 */
@TckCase(suite = "recursion-scope", id = "loop-worker-reclaim", rules = {RuleIds.SCOPE_3, RuleIds.SCOPE_4, RuleIds.SCOPE_5, RuleIds.SCOPE_6},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class LoopWorkerReclaimCase extends ScopeCase {
    public LoopWorkerReclaimCase() {
        super(StorageScenarios::s2, true, "dm-bufio", "gfp-fs");
    }
}
