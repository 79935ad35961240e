package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S3's workload on ample memory: no reclaim, so even {@code xfs:no-nofs-scope} completes.
 */
@TckCase(suite = "deadlock", id = "s3-ample-memory", rules = {RuleIds.DL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S3AmpleMemoryCase extends StorageCase {
    public S3AmpleMemoryCase() {
        super(StorageScenarios::s3, false, 100);
    }
}
