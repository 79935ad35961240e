package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S2 (d0a255e795ab): dd writes through loop0 while memory is short, with dm-bufio as merged in 2014 (gfp-fs).
 * A loop worker that allocates with GFP_KERNEL enters the dm-bufio shrinker, which waits for I/O only loop0
 * can complete; kswapd is stuck in the same shrinker: variant {@code loop=no-noio}.
 */
@TckCase(suite = "deadlock", id = "s2-loop-worker-reclaim", rules = {RuleIds.DL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S2LoopWorkerReclaimCase extends StorageCase {
    public S2LoopWorkerReclaimCase() {
        super(StorageScenarios::s2, true, 100, "dm-bufio", "gfp-fs");
    }
}
