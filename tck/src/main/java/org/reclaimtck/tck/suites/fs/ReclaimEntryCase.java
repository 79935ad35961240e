package org.reclaimtck.tck.suites.fs;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.FsRules;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * {@code find} leaves 64 unused inodes on A and reads 8 blocks into the page cache; {@code memory.reclaim} then
 * reclaims everything inside memalloc_noio_save(), inside memalloc_nofs_save() and with GFP_KERNEL: the first two
 * must stay out of A, the last evicts A's inodes from reclaim.
 */
@TckCase(suite = "filesystem", id = "reclaim-entry", rules = {RuleIds.FS_3, RuleIds.FS_4},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.BLOCK, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ReclaimEntryCase extends FsCase {
    /** FS-4's bound. */
    public static final long EVICT_BOUND_NANOS = 100_000_000L;

    @Override
    public void workload(Kernel kernel) {
        SuperBlock a = kernel.storage().superBlock("A");
        Completion cached = kernel.runtime().completion("inodes cached");
        kernel.spawn("find", () -> {
            for (int i = 0; i < 64; i++) {
                a.iput(a.iget(100 + i));
            }
            a.readFile("/data", 0, 8);
            cached.complete();
        });
        kernel.spawn("memory.reclaim", () -> {
            cached.waitForCompletion();
            try (MemallocScope s = kernel.runtime().current().memallocNoioSave()) {
                kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 30);
            }
            try (MemallocScope s = kernel.runtime().current().memallocNofsSave()) {
                kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 30);
            }
            kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 30);
        });
    }

    @Override
    public void check(CaseRun run) {
        require(run, run.rule().equals(FsRules.FS_3) ? FsJudge.staysOutWithoutFs(run.result(), "A")
                : FsJudge.boundedEviction(run.result(), "A", EVICT_BOUND_NANOS));
    }
}
