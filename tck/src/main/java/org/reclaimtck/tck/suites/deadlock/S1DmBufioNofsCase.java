package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S1 (9d28eb12447e): xfs_io holds the whole log of A in a transaction and allocates GFP_NOFS under pressure while
 * bufio0 on dm-0 on loop0 on A:/loop.img holds dirty buffers. A dm-bufio shrinker that writes dirty buffers
 * under __GFP_IO waits for loop0, whose worker waits for log space on A: variant {@code dm-bufio=gfp-io}.
 */
@TckCase(suite = "deadlock", id = "s1-dm-bufio-nofs-writeback", rules = {RuleIds.DL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S1DmBufioNofsCase extends StorageCase {
    public S1DmBufioNofsCase() {
        super(StorageScenarios::s1, true, 100);
    }
}
