package org.reclaimtck.tck.examples;

import java.util.List;
import java.util.stream.Collectors;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.oracles.dependency.CircularDependency;
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.oracles.dependency.DependencyReport;
import org.reclaimtck.tck.workloads.ReclaimProbe;
import org.reclaimtck.tck.workloads.StorageStacks;
import org.reclaimtck.tck.workloads.StorageTasks;

/**
 * The worked example of docs/writing-cases.md: {@code xfs_io} holds a transaction on A and waits for a write through
 * {@link ToyBlockDriver}, whose kthread allocates in its completion path, while {@code find} leaves unused inodes on A
 * and the reclaim probe walks reclaim once, on XFS as it was before inodegc ({@code xfs:inline-evict}, pinned: its
 * evictions take a transaction in reclaim). With {@code GFP_KERNEL} there the dependency oracle sees
 * {@code A->log -> blkdrv_request->done -> fs_reclaim -> A->log} in one run on ample memory.
 */
public abstract class BlockDriverCompletionCase implements KernelCase {
    private final Gfp completionGfp;

    protected BlockDriverCompletionCase(Gfp completionGfp) {
        this.completionGfp = completionGfp;
    }

    @Override
    public void machine(MachineSpec.Builder machine) {
        StorageStacks.machine(machine, false, 100);
        // XFS before inodegc (v5.14) reserved log space to evict an inode, in reclaim too: the fs_reclaim -> A->log
        // edge this example needs; the default defers that work to the inodegc worker
        machine.variant("xfs", "inline-evict");
    }

    @Override
    public void workload(Kernel kernel) {
        SuperBlock a = kernel.storage().superBlock("A");
        ToyBlockDriver blkdrv = new ToyBlockDriver(kernel, "blkdrv0", kernel.storage().blockDevice("vda"),
                completionGfp);
        Completion ready = kernel.runtime().completion("inodes cached");
        StorageTasks.cacheInodes(kernel, 16, ready);
        ReclaimProbe.spawn(kernel, ready);
        kernel.spawn("xfs_io", () -> {
            ready.waitForCompletion();
            try (Transaction t = a.transStart("xfs_log_force", 1)) {
                blkdrv.writeAndWait(4096);
            }
        });
    }

    @Override
    public void check(CaseRun run) {
        DependencyReport report = DependencyOracle.analyze(run.result());
        List<CircularDependency> cycles = switch (run.rule().id()) {
            case "DEP-1" -> report.reclaimCycles();
            case "DEP-2" -> report.completionCycles();
            default -> throw new IllegalStateException(run.caseId() + " does not check " + run.rule().id());
        };
        run.require(cycles.isEmpty(), () -> "possible circular locking dependency "
                + cycles.stream().map(CircularDependency::ring).collect(Collectors.joining("; ")) + ":\n"
                + cycles.stream().map(CircularDependency::report).collect(Collectors.joining("\n")));
    }
}
