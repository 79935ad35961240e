package org.reclaimtck.tck.engine.thirdparty;

import java.util.List;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.oracles.RecursionScopeOracle;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * A third party's shrinker that frees its objects in a transaction on filesystem A, from any reclaim: with a
 * GFP_NOFS caller it re-enters A. It traces nothing itself; the kernel's VFS sees the entry.
 */
@TckCase(suite = "thirdparty", id = "transacting-shrinker", rules = RuleIds.SCOPE_3,
        requires = {Capability.RECLAIM, Capability.SHRINKERS, Capability.FILESYSTEM})
public final class TransactingShrinkerCase implements KernelCase {
    /** Set by the fixed twin: refuse work without __GFP_FS, as super_cache_scan does. */
    boolean checksGfp;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.stack(StorageStacks.loopStack(100));
    }

    @Override
    public void workload(Kernel k) {
        SuperBlock a = k.storage().superBlock("A");
        k.shrinkers().registerShrinker(new Shrinker() {
            @Override
            public String name() {
                return "acme-cache";
            }

            @Override
            public long countObjects(ShrinkControl sc) {
                return 256;
            }

            @Override
            public long scanObjects(ShrinkControl sc) {
                if (checksGfp && !sc.gfpMask().allowsFs()) {
                    return SHRINK_STOP;
                }
                try (Transaction t = a.transStart("acme_free", 1)) {
                    return sc.nrToScan();
                }
            }
        });
        k.spawn("xfs_io", () -> {
            try (MemallocScope nofs = k.runtime().current().memallocNofsSave()) {
                k.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 512);
            }
        });
    }

    @Override
    public void check(CaseRun run) {
        List<String> found = RecursionScopeOracle.judge(run.result()).fsEntryWithoutFs;
        run.require(found.isEmpty(), () -> found.size() + " entries; the first: " + found.get(0));
    }
}
