package org.reclaimtck.tck.suites.runtime;

import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * RT-6: with hung_task_timeout_secs=2, a task sleeps in wait_for_completion(fw_loaded) while a periodic timer
 * re-arms itself every second, so virtual time keeps moving and there is never a proven deadlock: after two
 * seconds the hung-task detector must report the task.
 */
@TckCase(suite = "runtime", id = "hung-task", rules = RuleIds.RT_6)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class HungTaskCase implements KernelCase {
    private static final long TIMEOUT_SECS = 2;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.hungTaskTimeoutSecs(TIMEOUT_SECS);
    }

    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Completion fwLoaded = rt.completion("fw_loaded");
        AtomicReference<Timer> tick = new AtomicReference<>();
        tick.set(rt.timer("heartbeat", () -> tick.get().modTimer(rt.clock().jiffies() + rt.clock().hz())));
        kernel.spawn("heartbeat-init", () -> tick.get().modTimer(rt.clock().jiffies() + rt.clock().hz()));
        kernel.spawn("probe", fwLoaded::waitForCompletion);
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome() instanceof Outcome.HungTask, () -> "probe sleeps in wait_for_completion(fw_loaded)"
                + " while the heartbeat timer keeps time moving; after hung_task_timeout_secs=" + TIMEOUT_SECS
                + " it must be reported as a hung task, but the run ended " + run.outcome().kind());
        Outcome.HungTask hung = (Outcome.HungTask) run.outcome();
        run.require(hung.task().task().equals("probe") && hung.task().object().equals("fw_loaded"), () -> "the hung"
                + " task report names " + hung.task().render() + " instead of probe waiting for fw_loaded");
        run.require(hung.timeoutSecs() == TIMEOUT_SECS && hung.blockedSecs() >= TIMEOUT_SECS, () -> "the hung task"
                + " report says blocked " + hung.blockedSecs() + " s with timeout " + hung.timeoutSecs()
                + " s; expected at least " + TIMEOUT_SECS + " s with timeout " + TIMEOUT_SECS + " s");
    }
}
