package com.acme.tck;

import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S3's workload on acmefs under pressure: {@code xfs_io} holds the whole log of A and allocates; A has unused inodes.
 * Without the handle's NOFS scope ({@code acmefs:no-nofs}) reclaim evicts an inode of A, whose eviction waits for
 * the log space {@code xfs_io} holds: DL-1 on the seeds that reach reclaim, SCOPE-6 on all.
 */
@TckCase(suite = "acme", id = "transaction-reclaim", rules = {"DL-1", "SCOPE-3", "SCOPE-6"},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
public final class AcmeTransactionReclaimCase extends AcmeCase {
    public AcmeTransactionReclaimCase() {
        super(true);
    }

    @Override
    public void workload(Kernel kernel) {
        StorageScenarios.s3(kernel, true);
    }
}
