package org.reclaimtck.tck.workloads;

import java.util.function.BiConsumer;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.KernelCase;

/**
 * A case made of one storage scenario on {@link StorageStacks#loopStack}, under pressure or on ample memory;
 * subclasses say which rules judge it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class ScenarioCase implements KernelCase {
    private final BiConsumer<Kernel, Boolean> scenario;
    private final boolean pressure;
    private final long diskLatencyMicros;
    private final String[] pinnedVariant;

    /**
     * @param pinnedVariant a {@code part, variant} pair the scenario's history needs; a default only: a variant the
     *                      user selects for the same part wins
     */
    protected ScenarioCase(BiConsumer<Kernel, Boolean> scenario, boolean pressure, long diskLatencyMicros,
                           String... pinnedVariant) {
        if (pinnedVariant.length != 0 && pinnedVariant.length != 2) {
            throw new IllegalArgumentException("a pinned variant is a part and a variant name");
        }
        this.scenario = scenario;
        this.pressure = pressure;
        this.diskLatencyMicros = diskLatencyMicros;
        this.pinnedVariant = pinnedVariant.clone();
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
}
