package org.reclaimtck.ref.kernel;

import org.reclaimtck.ref.runtime.Sim;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.TaskThreads;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;

/** The booted reference kernel: models {@code init/main.c}'s assembled system over the deterministic runtime. */
public final class ReferenceKernel implements Kernel {
    private final Sim sim;
    private final SimRuntime runtime;

    ReferenceKernel(MachineSpec spec, TaskThreads threads) {
        this.sim = new Sim(spec, threads);
        this.runtime = new SimRuntime(sim);
    }

    @Override
    public MachineSpec spec() {
        return sim.spec();
    }

    @Override
    public SimRuntime runtime() {
        return runtime;
    }

    @Override
    public RunResult run() {
        return sim.run();
    }

    @Override
    public String describeTasks() {
        return sim.describeTasks();
    }

    @Override
    public void abort(String reason) {
        sim.abort(reason);
    }
}
