package org.reclaimtck.tck.api;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;

/**
 * One case of the kit: the machine it boots, the workload it spawns, and the check of each rule it names.
 * The engine makes a fresh instance for every run, boots {@code provider.boot(spec)} with the seed set, calls
 * {@link #workload}, runs the kernel under a watchdog, then calls {@link #check} once per rule on the same
 * instance (so fields the workload recorded are visible to the check).
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface KernelCase {
    /**
     * Tweaks the machine (HZ, hung_task_timeout_secs, budgets, variants); the engine then applies the variants of
     * {@code reclaimtck.variant} (which win over a variant pinned here) and sets the seed.
     */
    default void machine(MachineSpec.Builder machine) {
    }

    /**
     * What the engine calls: the machine, knowing the parts under test ({@code reclaimtck.parts}). The default calls
     * {@link #machine(MachineSpec.Builder)}; a contract case overrides this one, keeps {@code parts} in a field for
     * {@link #workload} and builds its stack on them (e.g. {@code parts.filesystem()} for {@code mkfs}).
     */
    @API(status = API.Status.STABLE, since = "0.2.0")
    default void machine(MachineSpec.Builder machine, PartsUnderTest parts) {
        machine(machine);
    }

    /** Spawns the workload's tasks on the booted kernel; runs on the TCK's run thread, before {@code run()}. */
    void workload(Kernel kernel);

    /**
     * Judges {@code run.rule()} on the run: returns if the rule holds, throws {@code run.violation(...)} (or any
     * {@link AssertionError}, which the engine wraps) if it does not.
     */
    void check(CaseRun run);
}
