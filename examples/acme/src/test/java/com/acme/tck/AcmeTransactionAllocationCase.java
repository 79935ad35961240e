package com.acme.tck;

import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S3's workload on acmefs, ample memory: {@code xfs_io} allocates {@code GFP_KERNEL} inside a handle on A. No reclaim
 * runs, but the handle's scope must make the allocation NOFS: {@code acmefs:no-nofs} fails SCOPE-6 in one run.
 */
@TckCase(suite = "acme", id = "transaction-allocation", rules = {"SCOPE-3", "SCOPE-4", "SCOPE-5", "SCOPE-6"},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
public final class AcmeTransactionAllocationCase extends AcmeCase {
    public AcmeTransactionAllocationCase() {
        super(false);
    }

    @Override
    public void workload(Kernel kernel) {
        StorageScenarios.s3(kernel, false);
    }
}
