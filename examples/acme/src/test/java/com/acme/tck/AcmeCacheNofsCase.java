package com.acme.tck;

import com.acme.rules.AcmeRules;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S1's workload on the acme stack under pressure, with 128 records in the cache: {@code xfs_io} holds the whole log of A
 * and allocates {@code GFP_NOFS}, so its direct reclaim reaches the record cache's shrinker with a mask without
 * {@code __GFP_FS}. {@code acme-cache:no-fs-check} starts a transaction on A there and waits for the log space
 * {@code xfs_io} itself holds (DL-1), and enters A without {@code __GFP_FS} (SCOPE-3).
 */
@TckCase(suite = "acme", id = "cache-nofs-transaction", rules = {"DL-1", "SCOPE-3", AcmeRules.ACME_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
public final class AcmeCacheNofsCase extends AcmeCase {
    public AcmeCacheNofsCase() {
        super(true);
    }

    @Override
    public void workload(Kernel kernel) {
        AcmeTasks.populateCache(kernel, 128, kernel.runtime().completion("records cached"));
        StorageScenarios.s1(kernel, true);
    }
}
