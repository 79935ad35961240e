package com.acme.tck;

import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S3's workload once on ample memory with the kit's reclaim probe, judged lockdep's way. The probe's
 * {@code GFP_KERNEL} pass evicts inodes of A: acmefs takes {@code A->log} and writes the inode through
 * {@code acmeblk0}, so reclaim waits for {@code bio:acmeblk0}. {@code acmeblk:gfp-kernel} closes
 * {@code fs_reclaim -> bio:acmeblk0 -> fs_reclaim} (DEP-1, DEP-2); {@code acmefs:no-nofs} closes
 * {@code fs_reclaim -> A->log -> fs_reclaim} (DEP-1, DEP-3).
 */
@TckCase(suite = "acme", id = "dependency-graph", rules = {"DEP-1", "DEP-2", "DEP-3"}, maxSeeds = 1,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
public final class AcmeDependencyCase extends AcmeCase {
    public AcmeDependencyCase() {
        super(false);
    }

    @Override
    public void workload(Kernel kernel) {
        StorageScenarios.s3(kernel, false, true);
    }
}
