package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S3: xfs_io holds the whole log of A and allocates GFP_KERNEL under pressure; A has unused cached inodes.
 * Without a NOFS scope in transactions, reclaim runs A's superblock shrinker, whose inode eviction waits for
 * log space the task itself holds: variant {@code xfs:no-nofs-scope}.
 */
@TckCase(suite = "deadlock", id = "s3-transaction-gfp-kernel", rules = {RuleIds.DL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S3TransactionRecursionCase extends StorageCase {
    public S3TransactionRecursionCase() {
        super(StorageScenarios::s3, true, 100);
    }
}
