package org.reclaimtck.tck.suites.evict;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.Dentry;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.EvictRules;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * S4, blocking eviction from dentry-cache reclaim: on a 4 MiB machine with filesystem {@code A} on a disk of
 * {@value #DISK_LATENCY_US} us a request, {@code untar} creates {@value #FILES} files, writes a block to each (XFS keeps
 * blocks past EOF for it) and drops its dentry; every fourth it unlinks while its dentry is held, so that one is evicted
 * by {@code untar} itself. The other dentries stay on A's dentry LRU, each pinning an inode that needs inactivation.
 * Then {@value #HOGS} {@code memhog}s fault in {@value #HOG_PAGES} anonymous pages between them (no swap): kswapd and
 * direct reclaim prune A's dentries, which drops the last references of those inodes and evicts them in reclaim
 * context. EVICT-1: no reclaimer waits there for log space or I/O; EVICT-2: direct reclaim spends no more than its
 * bound waiting on the journal and the disk.
 */
@TckCase(suite = "forward-progress", id = "s4-dentry-evict", rules = {RuleIds.EVICT_1, RuleIds.EVICT_2},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.BLOCK, Capability.FILESYSTEM, Capability.OOM})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class S4DentryEvictCase implements KernelCase {
    static final int FILES = 400;
    static final int HOGS = 8;
    static final long HOG_PAGES = 800;
    static final long DISK_LATENCY_US = 3000;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(StorageStacks.SMALL_MEMORY_PAGES).stack(StackSpec.builder()
                .disk("vda", 1 << 20, 32, DISK_LATENCY_US)
                .mkfs("A", "vda", StorageStacks.LOG_UNITS, 1024)
                .build());
    }

    @Override
    public void workload(Kernel kernel) {
        SuperBlock a = kernel.storage().superBlock("A");
        Completion untarred = kernel.runtime().completion("untar done");
        kernel.spawn("untar", () -> {
            for (int i = 0; i < FILES; i++) {
                String path = "/f" + i;
                Dentry d = a.lookup(path);
                a.writeFile(path, 0, 1);
                if (i % 4 == 3) {
                    a.unlink(path);
                }
                a.dput(d);
            }
            untarred.completeAll();
        });
        for (int h = 0; h < HOGS; h++) {
            kernel.spawn("memhog" + h, () -> {
                untarred.waitForCompletion();
                for (long p = 0; p < HOG_PAGES / HOGS; p += 8) {
                    kernel.mm().faultInAnon(8);
                }
                kernel.runtime().msleep(10);
            });
        }
    }

    @Override
    public void check(CaseRun run) {
        List<String> found = run.rule().equals(EvictRules.EVICT_1)
                ? EvictJudge.reclaimWaitsOnJournalOrIo(run.result().trace())
                : EvictJudge.directReclaimJournalIoLatency(run.result().trace());
        run.require(found.isEmpty(), () -> found.size() + " time(s):\n  "
                + String.join("\n  ", found.subList(0, Math.min(5, found.size()))));
    }
}
