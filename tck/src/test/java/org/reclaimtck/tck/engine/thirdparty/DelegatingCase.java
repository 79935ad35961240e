package org.reclaimtck.tck.engine.thirdparty;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;

/** A {@link TransactingShrinkerCase} whose shrinker does or does not check its mask. */
abstract class DelegatingCase implements KernelCase {
    private final TransactingShrinkerCase delegate = new TransactingShrinkerCase();

    DelegatingCase(boolean checksGfp) {
        delegate.checksGfp = checksGfp;
    }

    @Override
    public void machine(MachineSpec.Builder machine) {
        delegate.machine(machine);
    }

    @Override
    public void workload(Kernel kernel) {
        delegate.workload(kernel);
    }

    @Override
    public void check(CaseRun run) {
        delegate.check(run);
    }
}
