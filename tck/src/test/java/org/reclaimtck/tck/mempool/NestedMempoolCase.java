package org.reclaimtck.tck.mempool;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.mm.Mempool;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.suites.allocator.MempoolJudge;

/**
 * A broken mempool user: {@code splitter} takes an element of {@code fs_bio_set} and, holding it, a second one (as a
 * bio split allocated before the first half is submitted). Memory is ample, so the run completes; MEMPOOL-2 must
 * still report it, as lockdep reports a recursive lock that did not happen to deadlock.
 */
@TckCase(suite = "selftest", id = "nested-mempool", rules = {RuleIds.MEMPOOL_2}, maxSeeds = 1)
public final class NestedMempoolCase implements KernelCase {
    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(4096);
    }

    @Override
    public void workload(Kernel kernel) {
        Mempool pool = kernel.mempools().createPagePool("fs_bio_set", 2, 0);
        kernel.spawn("splitter", () -> {
            long first = pool.alloc(Gfp.GFP_NOIO);
            long second = pool.alloc(Gfp.GFP_NOIO);
            pool.free(second);
            pool.free(first);
        });
    }

    @Override
    public void check(CaseRun run) {
        new MempoolJudge(run.result(), "fs_bio_set").checkNoNestedAllocation(run);
    }
}
