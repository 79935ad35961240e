package org.reclaimtck.ref.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.trace.WaitKind;

/** A wait queue head with condition waits: models {@code include/linux/wait.h} and {@code kernel/sched/wait.c}. */
final class SimWaitQueue extends SimSignal implements WaitQueue {
    private final List<SimTask> waiters = new ArrayList<>();
    private final WaitKind kind;

    SimWaitQueue(Sim sim, String name) {
        this(sim, name, WaitKind.WAITQUEUE, name);
    }

    SimWaitQueue(Sim sim, String name, WaitKind kind, String lockClass) {
        super(sim, name, lockClass);
        this.kind = kind;
    }

    @Override
    public void waitEvent(BooleanSupplier condition) {
        await(condition, false, "wait_event(" + name + ")");
    }

    @Override
    public void waitEventIdle(BooleanSupplier condition) {
        await(condition, true, "wait_event_idle(" + name + ")");
    }

    /** TASK_KILLABLE: SIGKILL cancels the wait; false ({@code -ERESTARTSYS}) with the signal pending. */
    @Override
    public boolean waitEventKillable(BooleanSupplier condition) {
        SimTask me = sim.currentTask("wait_event_killable(" + name + ")");
        sim.schedulePoint(SchedPoint.WAIT);
        while (!condition.getAsBoolean()) {
            if (me.sigkill) {
                return false;
            }
            waiters.add(me);
            sim.block(me, new BlockInfo(kind, name, lockClass, false, wakers::get, () -> waiters.remove(me), true));
        }
        return true;
    }

    private void await(BooleanSupplier condition, boolean idle, String op) {
        SimTask me = sim.currentTask(op);
        sim.schedulePoint(SchedPoint.WAIT);
        while (!condition.getAsBoolean()) {
            sleep(me, idle);
        }
    }

    private void sleep(SimTask me, boolean idle) {
        waiters.add(me);
        sim.block(me, new BlockInfo(kind, name, lockClass, idle, wakers::get, () -> waiters.remove(me)));
    }

    @Override
    public long waitEventTimeout(BooleanSupplier condition, long timeoutJiffies) {
        SimTask me = sim.currentTask("wait_event_timeout(" + name + ")");
        long npj = sim.nanosPerJiffy();
        long deadline = sim.now() + Math.max(0, timeoutJiffies) * npj;
        sim.schedulePoint(SchedPoint.WAIT);
        SimTimer timer = new SimTimer(sim, name + " timeout", () -> sim.wakeProcess(me, Sim.TIMEOUT));
        try {
            while (true) {
                if (condition.getAsBoolean()) {
                    return Math.max(1, (deadline - sim.now() + npj - 1) / npj);
                }
                if (sim.now() >= deadline) {
                    return 0;
                }
                sim.armTimer(timer, deadline);
                sleep(me, false);
            }
        } finally {
            timer.delTimer();
        }
    }

    @Override
    public void wakeUpAll() {
        wakeAll();
        sim.maybeSchedulePoint(SchedPoint.WAKE);
    }

    /** Wakes every waiter without a scheduling point (exit paths). */
    void wakeUpAllQuiet() {
        wakeAll();
    }

    private void wakeAll() {
        if (waiters.isEmpty()) {
            return;
        }
        String by = sim.comm();
        List<SimTask> woken = new ArrayList<>(waiters);
        waiters.clear();
        for (SimTask t : woken) {
            sim.wake(t, by);
        }
    }

    @Override
    public int waiters() {
        return waiters.size();
    }
}
