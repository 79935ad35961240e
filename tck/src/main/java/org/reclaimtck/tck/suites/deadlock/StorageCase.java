package org.reclaimtck.tck.suites.deadlock;

import java.util.function.BiConsumer;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.workloads.StorageStacks;

/** A storage-stack case: one scenario of {@code StorageScenarios} on the loop stack, under pressure or not. */
abstract class StorageCase implements KernelCase {
    private final BiConsumer<Kernel, Boolean> scenario;
    private final boolean pressure;
    private final long diskLatencyMicros;
    private final String[] pinnedVariant;

    /**
     * @param pinnedVariant a {@code part, variant} pair the scenario's history needs (a default: a variant the
     *                      user selects for the same part wins), or none
     */
    StorageCase(BiConsumer<Kernel, Boolean> scenario, boolean pressure, long diskLatencyMicros,
                String... pinnedVariant) {
        this.scenario = scenario;
        this.pressure = pressure;
        this.diskLatencyMicros = diskLatencyMicros;
        this.pinnedVariant = pinnedVariant;
    }

    @Override
    public final void machine(MachineSpec.Builder machine) {
        StorageStacks.machine(machine, pressure, diskLatencyMicros);
        if (pinnedVariant.length == 2) {
            machine.variant(pinnedVariant[0], pinnedVariant[1]);
        }
    }

    @Override
    public final void workload(Kernel kernel) {
        scenario.accept(kernel, pressure);
    }

    @Override
    public final void check(CaseRun run) {
        StorageRun.check(run);
    }
}
