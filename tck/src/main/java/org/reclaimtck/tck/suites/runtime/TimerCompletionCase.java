package org.reclaimtck.tck.suites.runtime;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** RT-4: a timer armed 30 jiffies ahead calls complete(irq_done) from softirq; the waiter wakes 30 jiffies later. */
@TckCase(suite = "runtime", id = "timer-completion", rules = RuleIds.RT_4)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TimerCompletionCase implements KernelCase {
    private static final long DELAY = 30;
    private volatile long elapsed = -1;

    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Completion irqDone = rt.completion("irq_done");
        Timer fakeIrq = rt.timer("fake_irq", irqDone::complete);
        kernel.spawn("waiter", () -> {
            long start = rt.clock().jiffies();
            fakeIrq.modTimer(start + DELAY);
            irqDone.waitForCompletion();
            elapsed = rt.clock().jiffies() - start;
        });
    }

    @Override
    public void check(CaseRun run) {
        TimedWait.check(run, "wait_for_completion(irq_done) completed by timer fake_irq after " + DELAY + " jiffies",
                DELAY, elapsed);
    }
}
