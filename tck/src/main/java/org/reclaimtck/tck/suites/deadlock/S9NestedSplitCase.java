package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.MempoolRules;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.suites.allocator.MempoolJudge;
import org.reclaimtck.tck.workloads.S9Case;
import org.reclaimtck.tck.workloads.S9Workload;

/**
 * S9, the nested-mempool deadlock: {@code dd} writes 32 sectors directly to {@code dm-1}, which clones them in two
 * bios of 16 for {@code dm-0}, which clones each into 16 one-sector bios from {@code md->bs(dm-0)}, submitting each
 * before it allocates the next; they wait on {@code dd}'s {@code current->bio_list} until {@code dm-0}'s submit_bio
 * returns (K-BIO-1). With memory full, the 9th clone finds the reserve of 8 empty: the kernel's bio set punts the
 * 8 to its rescuer (K-BIO-2, K-BIO-4) and the writes complete (DL-1); a bio set without a rescuer waits for elements
 * only {@code dd} itself can give back. MEMPOOL-2 reports the same nesting as lockdep would, whether or not the run
 * deadlocks.
 */
@TckCase(suite = "deadlock", id = "s9-bioset-nested-split", rules = {RuleIds.DL_1, RuleIds.MEMPOOL_2},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.BLOCK, Capability.DEVICE_MAPPER,
                Capability.MEMPOOL})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class S9NestedSplitCase extends S9Case {
    public S9NestedSplitCase() {
        super(1, 2);
    }

    @Override
    public void check(CaseRun run) {
        if (run.rule().equals(MempoolRules.MEMPOOL_2)) {
            new MempoolJudge(run.result(), S9Workload.DM0_BIOSET).checkNoNestedAllocation(run);
            return;
        }
        BioListDeadlock.check(run);
        requireWritesSucceeded(run);
    }
}
