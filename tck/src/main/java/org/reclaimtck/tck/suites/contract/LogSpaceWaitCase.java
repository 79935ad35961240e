package org.reclaimtck.tck.suites.contract;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.oracles.dependency.TraceContract;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * {@code xfs_io} holds all of A's log in one transaction for 10 ms while {@code rm} starts a one-unit transaction:
 * {@code rm} waits for log space, and that wait must name the class of A's transactions ({@code A->log}).
 */
@TckCase(suite = "trace-contract", id = "log-space-wait", rules = RuleIds.TRACE_4,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.BLOCK, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class LogSpaceWaitCase implements KernelCase {
    @Override
    public void machine(MachineSpec.Builder machine) {
        StorageStacks.machine(machine, false, 100);
    }

    @Override
    public void workload(Kernel kernel) {
        SuperBlock a = kernel.storage().superBlock("A");
        Completion held = kernel.runtime().completion("log held");
        kernel.spawn("xfs_io", () -> {
            try (Transaction t = a.transStart("xfs_create", StorageStacks.LOG_UNITS)) {
                held.complete();
                kernel.runtime().msleep(10);
            }
        });
        kernel.spawn("rm", () -> {
            held.waitForCompletion();
            a.transStart("xfs_remove", 1).close();
        });
    }

    @Override
    public void check(CaseRun run) {
        List<TraceEvent> trace = run.result().trace();
        run.require(trace.stream().anyMatch(e -> e instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.LOG_SPACE),
                () -> "rm started a transaction while xfs_io held the whole log, but no log-space wait was traced");
        StorageTraceCase.requireNone(run, TraceContract.logSpaceWaits(trace));
    }
}
