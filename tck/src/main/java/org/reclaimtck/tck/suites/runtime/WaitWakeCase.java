package org.reclaimtck.tck.suites.runtime;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * RT-8: every kind of wait the runtime offers, each ended by a different kind of waker. {@code worker0} and
 * {@code worker1} contend for {@code stats_lock} and sleep holding it ({@code mutex_unlock} hands over, msleep ends by
 * its timer); {@code worker1} completes {@code ready} for {@code worker0} and wakes {@code poller} on {@code events}
 * ({@code wait_event}); {@code irq} waits for {@code irq_done}, completed from softirq by timer {@code fake_irq}, then
 * for {@code reply}, which nobody completes ({@code wait_for_completion_timeout} ends by its timeout).
 */
@TckCase(suite = "runtime", id = "wait-wake-trace", rules = RuleIds.RT_8)
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class WaitWakeCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Mutex stats = rt.mutex("stats_lock", "stats_lock");
        Completion ready = rt.completion("ready");
        Completion irqDone = rt.completion("irq_done");
        Completion reply = rt.completion("reply");
        WaitQueue events = rt.waitQueue("events");
        Timer fakeIrq = rt.timer("fake_irq", irqDone::complete);
        boolean[] posted = new boolean[1];
        for (int i = 0; i < 2; i++) {
            int me = i;
            kernel.spawn("worker" + i, () -> {
                for (int round = 0; round < 3; round++) {
                    stats.lock();
                    rt.msleep(4);
                    stats.unlock();
                }
                if (me == 0) {
                    ready.waitForCompletion();
                } else {
                    ready.complete();
                    posted[0] = true;
                    events.wakeUpAll();
                }
            });
        }
        kernel.spawn("poller", () -> events.waitEvent(() -> posted[0]));
        kernel.spawn("irq", () -> {
            fakeIrq.modTimer(rt.clock().jiffies() + 3);
            irqDone.waitForCompletion();
            reply.waitForCompletionTimeout(5);
        });
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        List<String> problems = WaitWakeJudge.judge(run.result());
        run.require(problems.isEmpty(), () -> problems.size() + " wait(s) or wake-up(s) break it:\n  "
                + String.join("\n  ", problems.subList(0, Math.min(5, problems.size()))));
        List<TraceEvent.Woken> woken = run.result().trace().stream().filter(e -> e instanceof TraceEvent.Woken)
                .map(TraceEvent.Woken.class::cast).toList();
        for (String waker : List.of("softirq", "timeout")) {
            run.require(woken.stream().anyMatch(w -> w.by().equals(waker) || (waker.equals("softirq")
                    && w.by().equals("timer"))), () -> "no wait was traced as ended by " + waker
                    + " although the workload's timers must end some (" + woken.size() + " Woken events)");
        }
        run.require(woken.stream().anyMatch(w -> !WaitWakeJudge.CONTEXTS.contains(w.by())),
                () -> "no wait was traced as ended by a task although mutex_unlock, complete and wake_up end some ("
                        + woken.size() + " Woken events)");
    }
}
