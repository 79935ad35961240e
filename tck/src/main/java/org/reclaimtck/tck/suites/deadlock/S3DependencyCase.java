package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S3 judged by the dependency oracle: S3's workload once on ample memory with the reclaim probe. Transactions without
 * a NOFS scope ({@code xfs:no-nofs-scope}) give {@code A->log -> fs_reclaim -> A->log} (and lockdep's older
 * {@code RECLAIM_FS} usage report): xfs_io allocates GFP_KERNEL holding A's log, and reclaim evicts an inode of A,
 * which needs the log.
 */
@TckCase(suite = "deadlock", id = "s3-dependency-graph", rules = {RuleIds.DEP_1, RuleIds.DEP_2, RuleIds.DEP_3}, maxSeeds = 1,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S3DependencyCase extends DependencyCase {
    public S3DependencyCase() {
        super(StorageScenarios::s3);
    }
}
