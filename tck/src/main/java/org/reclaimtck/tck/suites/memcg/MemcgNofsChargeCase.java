package org.reclaimtck.tck.suites.memcg;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.mm.MemoryCgroups;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * A NOFS charge at a memcg's limit on a machine with ample memory (16 MiB, filesystem A on a disk). {@code find}
 * reads 64 inodes of A and drops them (unused, cached: A's superblock shrinker, memcg-aware, has work);
 * {@code postgres}, in the root cgroup, faults in 1500 anonymous pages and holds them 1 s. Then, in the memcg {@code /job} of {@value #JOB_PAGES}
 * pages, {@code memhog} faults in {@value #HOG_PAGES} pages and holds them 200 ms; {@code xfs_io} then starts a
 * transaction on A (a NOFS scope, K-FS-5) and faults in 100 pages inside it (a {@code copy_from_user} fault in a
 * transaction): its charges reach {@code memory.max} with an effective NOFS mask. Nothing in the memcg is
 * reclaimable (no swap, no page cache), so memcg reclaim, which must not enter A (MEMCG-1), frees nothing, and the
 * memcg OOM kills {@code memhog} for {@code xfs_io}'s NOFS charge (MEMCG-2), never {@code postgres}, the largest
 * task of the machine but outside the memcg (MEMCG-3).
 */
@TckCase(suite = "forward-progress", id = "memcg-nofs-charge",
        rules = {RuleIds.MEMCG_1, RuleIds.MEMCG_2, RuleIds.MEMCG_3},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.BLOCK, Capability.FILESYSTEM, Capability.OOM, Capability.MEMCG})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class MemcgNofsChargeCase implements KernelCase {
    /** 16 MiB: global memory stays ample. */
    static final long MEMORY_PAGES = 4096;
    /** memory.max of /job: 1 MiB. */
    static final long JOB_PAGES = 256;
    static final long HOG_PAGES = 200;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(MEMORY_PAGES).hz(100).hungTaskTimeoutSecs(10)
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100).mkfs("A", "vda", 16, 512).build());
    }

    @Override
    public void workload(Kernel k) {
        MemoryCgroups cgroups = k.memcg();
        cgroups.create("/job", JOB_PAGES);
        SuperBlock a = k.storage().superBlock("A");
        Completion dbUp = k.runtime().completion("postgres up");
        Completion full = k.runtime().completion("memcg full");
        k.spawn("find", () -> {
            for (int i = 0; i < 64; i++) {
                Inode inode = a.iget(100 + i);
                a.iput(inode);
            }
        });
        k.spawn("postgres", () -> {
            k.mm().faultInAnon(1500);
            dbUp.completeAll();
            k.runtime().scheduleTimeoutKillable(k.runtime().clock().msecsToJiffies(1000));
        });
        k.spawn("memhog", () -> {
            cgroups.attach("/job");
            dbUp.waitForCompletion();
            k.mm().faultInAnon(HOG_PAGES);
            full.completeAll();
            k.runtime().scheduleTimeoutKillable(k.runtime().clock().msecsToJiffies(200));
        });
        k.spawn("xfs_io", () -> {
            cgroups.attach("/job");
            full.waitForCompletion();
            try (Transaction t = a.transStart("xfs_write", 1)) {
                k.mm().faultInAnon(100);
            }
        });
    }

    @Override
    public void check(CaseRun run) {
        MemcgJudge.check(run);
    }
}
