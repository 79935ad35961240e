package org.reclaimtck.tck.suites.runtime;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** RT-4: msleep(100) at HZ=250 sleeps msecs_to_jiffies(100) = 25 jiffies of virtual time. */
@TckCase(suite = "runtime", id = "msleep", rules = RuleIds.RT_4)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class MsleepCase implements KernelCase {
    private static final int HZ = 250;
    private static final long MS = 100;
    private volatile long elapsed = -1;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.hz(HZ);
    }

    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        kernel.spawn("sleeper", () -> {
            long start = rt.clock().jiffies();
            rt.msleep(MS);
            elapsed = rt.clock().jiffies() - start;
        });
    }

    @Override
    public void check(CaseRun run) {
        TimedWait.check(run, "msleep(" + MS + ") at HZ=" + HZ, (MS * HZ + 999) / 1000, elapsed);
    }
}
