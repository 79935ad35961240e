package com.acme.tck;

import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;

/** An Acme case: the acme stack (ample memory or the kit's small machine), judged by {@link AcmeChecks}. */
public abstract class AcmeCase implements KernelCase {
    private final boolean pressure;

    protected AcmeCase(boolean pressure) {
        this.pressure = pressure;
    }

    @Override
    public void machine(MachineSpec.Builder machine) {
        AcmeStacks.machine(machine, pressure);
    }

    @Override
    public final void check(CaseRun run) {
        AcmeChecks.check(run);
    }
}
