package org.reclaimtck.tck.workloads;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;

/** A case on {@link S9Workload}'s machine and writers; subclasses say which rules judge it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.5.0")
public abstract class S9Case implements KernelCase {
    private final int writers;
    private final int writes;
    private final List<Integer> statuses = new ArrayList<>();

    protected S9Case(int writers, int writes) {
        this.writers = writers;
        this.writes = writes;
    }

    @Override
    public final void machine(MachineSpec.Builder machine) {
        S9Workload.machine(machine);
    }

    @Override
    public final void workload(Kernel kernel) {
        S9Workload.spawn(kernel, writers, writes, statuses);
    }

    /** Every direct write to {@code dm-1} returned 0: the one that filled the reserves and each writer's. */
    protected final void requireWritesSucceeded(CaseRun run) {
        int expected = writers * writes + 1;
        run.require(statuses.size() == expected && statuses.stream().allMatch(s -> s == 0),
                () -> "the direct writes to dm-1 returned " + statuses + ", expected " + expected + " zeros ("
                        + run.outcome().kind() + ")");
    }
}
