package org.reclaimtck.tck.suites.oom;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.AnonTasks;

/**
 * A global OOM for NOFS requests: {@code memhog} fills memory to 8 pages over min and holds it 300 ms;
 * {@code xfs_io} in a transaction on A (a NOFS scope, K-FS-5) allocates 40 pages with GFP_KERNEL. With nothing
 * reclaimable the kernel retries without killing until memhog exits (K-OOM-2); variant {@code oom:kill-for-nofs}
 * kills memhog for xfs_io.
 */
@TckCase(suite = "forward-progress", id = "nofs-oom", rules = {RuleIds.OOM_3, RuleIds.OOM_2},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.BLOCK, Capability.FILESYSTEM, Capability.OOM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class NofsOomCase extends OomCase {
    /** HZ=100: xfs_io's one-jiffy retries while memhog holds its memory are 10 ms apart. */
    @Override
    public void machine(MachineSpec.Builder machine) {
        super.machine(machine);
        machine.hz(100);
    }

    @Override
    public void workload(Kernel k) {
        Completion start = k.runtime().completion("start");
        Completion full = k.runtime().completion("memory full");
        k.spawn("init-wl", start::completeAll);
        AnonTasks.fillAndHold(k, start, full, 8, 300);
        SuperBlock a = k.storage().superBlock("A");
        PageAllocator pa = k.pageAllocator();
        k.spawn("xfs_io", () -> {
            full.waitForCompletion();
            List<Long> got = new ArrayList<>();
            try (Transaction t = a.transStart("xfs_create", 1)) {
                for (int i = 0; i < 40; i++) {
                    got.add(pa.allocPages(Gfp.GFP_KERNEL, 0));
                }
            }
            for (long p : got) {
                if (p > 0) {
                    pa.freePages(p, 0);
                }
            }
        });
    }
}
