package org.reclaimtck.tck.writeback;

import java.util.List;
import java.util.stream.Collectors;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.oracles.dependency.CircularDependency;
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * Workloads that wait for PG_writeback of a folio on filesystem {@code B}, which sits on {@code loop0} over
 * {@code A:/loop.img}: the write bios of B's folios are completed by the loop worker after it wrote them to A in
 * transactions (class {@code A->log}). One run each on ample memory; nothing deadlocks (the log has room for both).
 */
final class WritebackWaitCases {
    private WritebackWaitCases() {
    }

    /** vda → A → A:/loop.img → loop0 → B. */
    abstract static class OnLoopCase implements KernelCase {
        @Override
        public void machine(MachineSpec.Builder machine) {
            machine.stack(StackSpec.builder()
                    .disk("vda", 1 << 20, 32, 1000)
                    .mkfs("A", "vda", StorageStacks.LOG_UNITS, 512)
                    .file("A", "/loop.img", 4096)
                    .losetup("loop0", "A", "/loop.img")
                    .mkfs("B", "loop0", StorageStacks.LOG_UNITS, 512)
                    .build());
        }

        /** DEP-2, as the deadlock suite's dependency cases judge it. */
        @Override
        public void check(CaseRun run) {
            List<CircularDependency> cycles = DependencyOracle.analyze(run.result()).completionCycles();
            run.require(cycles.isEmpty(), () -> cycles.size() + " possible circular locking dependencies through a"
                    + " bio or a completion (" + cycles.stream().map(CircularDependency::ring)
                    .collect(Collectors.joining("; ")) + "):\n"
                    + cycles.stream().map(CircularDependency::report).collect(Collectors.joining("\n")));
        }

        static void writeAndFsync(Kernel k) {
            OpenFile f = k.storage().vfs().open("B", "/f");
            f.writeBuffered(0, 4);
            f.fsync();
        }
    }

    /**
     * {@code xfs_io} holds a transaction on A while it fsyncs a file of B: it waits for PG_writeback of B's folios,
     * whose bios on loop0 complete only after the loop worker reserved log space on A: {@code A->log -> bio:loop0 ->
     * A->log}.
     */
    @TckCase(suite = "selftest", id = "fsync-in-transaction", rules = {RuleIds.DEP_2}, maxSeeds = 1)
    public static final class FsyncInTransaction extends OnLoopCase {
        @Override
        public void workload(Kernel k) {
            k.spawn("xfs_io", () -> {
                try (Transaction t = k.storage().superBlock("A").transStart("xfs_fsync", 1)) {
                    writeAndFsync(k);
                }
            });
        }
    }

    /** The same fsync outside any transaction: no cycle. */
    @TckCase(suite = "selftest", id = "fsync-outside-transaction", rules = {RuleIds.DEP_2}, maxSeeds = 1)
    public static final class FsyncOutsideTransaction extends OnLoopCase {
        @Override
        public void workload(Kernel k) {
            k.spawn("xfs_io", () -> writeAndFsync(k));
        }
    }
}
