package org.reclaimtck.tck.engine.spin;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * A task that spins without a scheduling point (a broken model's busy loop) for {@link #SPIN_NANOS} of wall-clock
 * time, far past the test's timeout: the simulator can neither preempt nor stop it. It ends on its own so the test
 * JVM does not keep a spinning thread.
 */
@TckCase(suite = "spin", id = "busy-loop", rules = RuleIds.RT_6)
public final class SpinningCase implements KernelCase {
    public static final long SPIN_NANOS = 4_000_000_000L;
    private static volatile long sink;

    @Override
    public void workload(Kernel kernel) {
        kernel.spawn("spinner", () -> {
            long end = System.nanoTime() + SPIN_NANOS;
            while (System.nanoTime() < end) {
                sink++;
            }
        });
    }

    @Override
    public void check(CaseRun run) {
    }
}
