package org.reclaimtck.tck.suites.fs;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.FsRules;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * On A: {@code xfs_io} writes 8 blocks (writeback allocates them in transactions), {@code find} leaves 32 unused
 * inodes that {@code memory.reclaim} then evicts (a transaction each, in reclaim), {@code rm} allocates 4 pages with
 * GFP_KERNEL inside its own transaction; when all are done, {@code xfs_freeze} reserves the whole log (16 units on
 * xfs, 1 on another type) and must get it.
 */
@TckCase(suite = "filesystem", id = "transactions", rules = {RuleIds.FS_1, RuleIds.FS_2},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.BLOCK, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class TransactionsCase extends FsCase {
    private int wholeLog = 1;

    @Override
    public void machine(MachineSpec.Builder machine, PartsUnderTest parts) {
        super.machine(machine, parts);
        if (parts.filesystem().equals(PartsUnderTest.DEFAULT_FILESYSTEM)) {
            wholeLog = StorageStacks.LOG_UNITS;
        }
    }

    @Override
    public void workload(Kernel kernel) {
        SuperBlock a = kernel.storage().superBlock("A");
        List<Completion> done = new ArrayList<>();
        Completion cached = kernel.runtime().completion("inodes cached");
        done.add(task(kernel, "xfs_io", () -> a.writeFile("/data", 0, 8)));
        done.add(task(kernel, "find", () -> {
            for (int i = 0; i < 32; i++) {
                a.iput(a.iget(100 + i));
            }
            cached.complete();
        }));
        done.add(task(kernel, "memory.reclaim", () -> {
            cached.waitForCompletion();
            kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 30);
        }));
        done.add(task(kernel, "rm", () -> {
            try (Transaction t = a.transStart("xfs_remove", 2)) {
                for (int i = 0; i < 4; i++) {
                    long p = kernel.pageAllocator().allocPages(Gfp.GFP_KERNEL, 0);
                    if (p >= 0) {
                        kernel.pageAllocator().freePages(p, 0);
                    }
                }
            }
        }));
        kernel.spawn("xfs_freeze", () -> {
            done.forEach(Completion::waitForCompletion);
            a.transStart("xfs_fs_freeze", wholeLog).close();
        });
    }

    private static Completion task(Kernel kernel, String comm, Runnable body) {
        Completion c = kernel.runtime().completion(comm + " done");
        kernel.spawn(comm, () -> {
            body.run();
            c.complete();
        });
        return c;
    }

    @Override
    public void check(CaseRun run) {
        require(run, run.rule().equals(FsRules.FS_1) ? FsJudge.nofsTransactions(run.result())
                : FsJudge.transactionsReleased(run.result()));
    }
}
