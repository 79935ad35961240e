package org.reclaimtck.ref.runtime;

import java.util.List;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.task.Task;

/** A kernel thread: models {@code kernel/kthread.c} ({@code kthread_run}, {@code kthread_stop}). */
final class SimKthread implements Kthread {
    private final Sim sim;
    private final SimTask task;

    SimKthread(Sim sim, SimTask task) {
        this.sim = sim;
        this.task = task;
        task.exitWait.wokenBy(() -> List.of(task));
    }

    @Override
    public Task task() {
        return task;
    }

    @Override
    public void kthreadStop() {
        SimTask me = sim.currentTask("kthread_stop(" + task.comm() + ")");
        task.shouldStop = true;
        sim.wakeProcess(task, me.comm());
        task.exitWait.waitEvent(() -> task.state == SimTask.State.EXITED);
    }
}
