package org.reclaimtck.tck.suites.recursion;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S1's workload: a GFP_NOFS transaction under pressure reclaims from page cache, dm-bufio and the superblocks.
 */
@TckCase(suite = "recursion-scope", id = "nofs-transaction-reclaim", rules = {RuleIds.SCOPE_3, RuleIds.SCOPE_4, RuleIds.SCOPE_5, RuleIds.SCOPE_6},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class NofsTransactionReclaimCase extends ScopeCase {
    public NofsTransactionReclaimCase() {
        super(StorageScenarios::s1, true);
    }
}
