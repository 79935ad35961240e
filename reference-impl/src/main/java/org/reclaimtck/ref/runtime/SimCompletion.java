package org.reclaimtck.ref.runtime;

import java.util.ArrayDeque;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/** A counted one-shot event: models {@code kernel/sched/completion.c}. */
final class SimCompletion extends SimSignal implements Completion {
    private final ArrayDeque<SimTask> waiters = new ArrayDeque<>();
    private int done;
    private boolean all;

    SimCompletion(Sim sim, String name, String lockClass) {
        super(sim, name, lockClass);
    }

    @Override
    public void waitForCompletion() {
        await(WaitKind.COMPLETION, "wait_for_completion(");
    }

    @Override
    public void waitForCompletionIo() {
        await(WaitKind.BIO, "wait_for_completion_io(");
    }

    private void await(WaitKind kind, String op) {
        SimTask me = sim.currentTask(op + name + ")");
        sim.schedulePoint(SchedPoint.WAIT);
        if (consume()) {
            return;
        }
        waiters.add(me);
        sim.block(me, new BlockInfo(kind, name, lockClass, false, wakers::get, null));
    }

    @Override
    public long waitForCompletionTimeout(long timeoutJiffies) {
        SimTask me = sim.currentTask("wait_for_completion_timeout(" + name + ")");
        sim.schedulePoint(SchedPoint.WAIT);
        if (consume()) {
            return Math.max(1, timeoutJiffies);
        }
        long npj = sim.nanosPerJiffy();
        long deadline = sim.now() + Math.max(0, timeoutJiffies) * npj;
        SimTimer timer = new SimTimer(sim, name + " timeout", () -> {
            if (waiters.remove(me)) {
                sim.wake(me, Sim.TIMEOUT);
            }
        });
        sim.armTimer(timer, deadline);
        waiters.add(me);
        sim.block(me, new BlockInfo(WaitKind.COMPLETION, name, lockClass, false, wakers::get, null));
        timer.delTimer();
        if (Sim.TIMEOUT.equals(me.wokenBy)) {
            return 0;
        }
        return Math.max(1, (deadline - sim.now() + npj - 1) / npj);
    }

    private boolean consume() {
        if (all) {
            return true;
        }
        if (done > 0) {
            done--;
            return true;
        }
        return false;
    }

    @Override
    public void complete() {
        sim.checkAlive();
        SimTask w = waiters.poll();
        sim.trace(new TraceEvent.CompletionDone(sim.now(), sim.comm(), name, false, lockClass));
        if (w != null) {
            sim.wake(w, sim.comm());
        } else if (!all) {
            done++;
        }
        sim.maybeSchedulePoint(SchedPoint.WAKE);
    }

    @Override
    public void completeAll() {
        sim.checkAlive();
        all = true;
        sim.trace(new TraceEvent.CompletionDone(sim.now(), sim.comm(), name, true, lockClass));
        while (!waiters.isEmpty()) {
            sim.wake(waiters.poll(), sim.comm());
        }
        sim.maybeSchedulePoint(SchedPoint.WAKE);
    }

    @Override
    public void reinit() {
        done = 0;
        all = false;
    }

    @Override
    public boolean done() {
        return all || done > 0;
    }
}
