package org.reclaimtck.ref.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reclaimtck.spi.runtime.Work;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * A workqueue with its own worker pool: models {@code kernel/workqueue.c}. Workers are created on demand
 * up to {@code max_active}; creating one may fail (the memory model decides). Then a
 * {@link WqFlag#WQ_MEM_RECLAIM} workqueue's rescuer, named after the workqueue, runs the queued work
 * after the mayday timeout (K-WQ-1, K-WQ-2); without it, creation is retried after the cool-down.
 * Flushing a !WQ_MEM_RECLAIM workqueue from a PF_MEMALLOC task warns (K-WQ-3).
 */
final class SimWorkqueue implements Workqueue {
    private static final class Item {
        final SimWork work;
        final long seq;

        Item(SimWork work, long seq) {
            this.work = work;
            this.seq = seq;
        }
    }

    private final Sim sim;
    private final SimRuntime runtime;
    private final String name;
    private final Set<WqFlag> flags;
    private final int maxActive;
    private final ArrayDeque<Item> queue = new ArrayDeque<>();
    private final TreeSet<Long> inFlight = new TreeSet<>();
    private final List<SimTask> workers = new ArrayList<>();
    private final List<SimTask> busy = new ArrayList<>();
    private final SimWaitQueue moreWork;
    private final SimWaitQueue flushed;
    private final SimTimer retry;
    private SimTask rescuer;
    private boolean mayday;
    private boolean stopping;
    private int idle;
    private long seq;

    SimWorkqueue(Sim sim, SimRuntime runtime, String name, Set<WqFlag> flags, int maxActive) {
        this.sim = sim;
        this.runtime = runtime;
        this.name = name;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(WqFlag.class) : EnumSet.copyOf(flags);
        this.maxActive = Math.max(1, maxActive);
        this.moreWork = new SimWaitQueue(sim, name + "->pool.idle");
        this.flushed = new SimWaitQueue(sim, "flush_workqueue(" + name + ")", WaitKind.WAITQUEUE, lockClass());
        this.flushed.wokenBy(() -> busy);
        this.retry = new SimTimer(sim, name + " mayday", this::onRetry);
        if (this.flags.contains(WqFlag.WQ_MEM_RECLAIM)) {
            rescuer = sim.spawn(name, this::rescuerLoop, true);
        }
    }

    /** The workers, then the rescuer (if any). */
    List<SimTask> tasks() {
        List<SimTask> out = new ArrayList<>(workers);
        if (rescuer != null) {
            out.add(rescuer);
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<WqFlag> flags() {
        return Collections.unmodifiableSet(flags);
    }

    @Override
    public boolean queueWork(Work work) {
        SimWork w = (SimWork) work;
        if (w.pending) {
            return false;
        }
        if (stopping) {
            throw new IllegalStateException("queue_work(" + name + ", " + w.name() + ") on a destroyed workqueue");
        }
        w.pending = true;
        long s = ++seq;
        inFlight.add(s);
        queue.add(new Item(w, s));
        sim.trace(new TraceEvent.WorkQueued(sim.now(), sim.comm(), name, w.name()));
        if (idle == 0 && workers.size() < maxActive) {
            createWorker();
        }
        moreWork.wakeUpAll();
        return true;
    }

    private void createWorker() {
        if (!runtime.workerCreation().getAsBoolean()) {
            if (!retry.pending()) {
                boolean rescue = rescuer != null;
                long jiffies = rescue ? Math.max(2, sim.spec().hz() / 100) : sim.spec().hz();
                retry.armIn(jiffies * sim.nanosPerJiffy());
            }
            return;
        }
        int n = workers.size();
        SimTask t = sim.spawn("kworker/" + name + ":" + n, this::workerLoop, true);
        t.setFlag(PfFlag.PF_WQ_WORKER);
        workers.add(t);
    }

    /** Mayday timer (with a rescuer) or creation cool-down (without) expired. */
    private void onRetry() {
        if (queue.isEmpty()) {
            return;
        }
        if (rescuer != null) {
            sim.trace(new TraceEvent.WorkqueueMayday(sim.now(), sim.comm(), name, true));
            mayday = true;
            moreWork.wakeUpAllQuiet();
        } else if (idle == 0 && workers.size() < maxActive) {
            sim.trace(new TraceEvent.WorkqueueMayday(sim.now(), sim.comm(), name, false));
            createWorker();
        }
    }

    private void workerLoop() {
        SimTask me = sim.currentTask("worker_thread");
        while (true) {
            idle++;
            try {
                moreWork.waitEventIdle(() -> !queue.isEmpty() || stopping);
            } finally {
                idle--;
            }
            if (queue.isEmpty()) {
                if (stopping) {
                    return;
                }
                continue;
            }
            execute(me, queue.poll());
        }
    }

    private void rescuerLoop() {
        SimTask me = sim.currentTask("rescuer_thread");
        while (true) {
            moreWork.waitEventIdle(() -> mayday || stopping);
            if (stopping && queue.isEmpty()) {
                return;
            }
            while (!queue.isEmpty()) {
                execute(me, queue.poll());
            }
            mayday = false;
        }
    }

    private void execute(SimTask me, Item it) {
        it.work.pending = false;
        it.work.started++;
        it.work.runningOn = me;
        busy.add(me);
        boolean outer = me.runningReclaimWork;
        me.runningReclaimWork = rescuer != null;
        sim.trace(new TraceEvent.WorkExecute(sim.now(), me.comm(), name, it.work.name(), true));
        try {
            it.work.fn.run();
        } finally {
            busy.remove(me);
            me.runningReclaimWork = outer;
            it.work.runningOn = null;
            it.work.finished++;
        }
        for (SimWaitQueue f : new ArrayList<>(it.work.flushers)) {
            f.wakeUpAllQuiet();
        }
        sim.trace(new TraceEvent.WorkExecute(sim.now(), me.comm(), name, it.work.name(), false));
        inFlight.remove(it.seq);
        flushed.wakeUpAll();
    }

    @Override
    public void flushWorkqueue() {
        SimTask me = sim.currentTask("flush_workqueue(" + name + ")");
        checkFlushDependency(me, name);
        long target = seq;
        flushed.waitEvent(() -> inFlight.isEmpty() || inFlight.first() > target);
    }

    /**
     * {@code flush_work}: waits, traced, until the execution pending or running at the call has finished (a requeue
     * after the call is not waited for, as the kernel's barrier work goes right behind the target); false if idle.
     */
    @Override
    public boolean flushWork(Work work) {
        SimTask me = sim.currentTask("flush_work(" + work.name() + ")");
        checkFlushDependency(me, work.name());
        SimWork w = (SimWork) work;
        if (!w.pending && w.runningOn == null) {
            return false;
        }
        SimWaitQueue done = new SimWaitQueue(sim, "flush_work(" + w.name() + ")", WaitKind.WAITQUEUE, w.lockClass());
        done.wokenBy(() -> w.runningOn == null ? busy : List.of(w.runningOn));
        long target = w.pending ? w.started + 1 : w.started;
        w.flushers.add(done);
        try {
            done.waitEvent(() -> w.finished >= target);
        } finally {
            w.flushers.remove(done);
        }
        return true;
    }

    /**
     * {@code check_flush_dependency}: a PF_MEMALLOC task or a WQ_MEM_RECLAIM workqueue's worker flushing a
     * workqueue without WQ_MEM_RECLAIM warns (K-WQ-3): the flushed work may need a worker that cannot be created.
     */
    private void checkFlushDependency(SimTask me, String target) {
        if (rescuer != null) {
            return;
        }
        String who = me.has(PfFlag.PF_MEMALLOC) ? "PF_MEMALLOC task " + me
                : SimWorkqueue.reclaimWorker(me) ? "WQ_MEM_RECLAIM worker " + me : null;
        if (who != null) {
            sim.trace(new TraceEvent.Warning(sim.now(), me.comm(), "flush-dependency", "workqueue: " + who
                    + " is flushing !WQ_MEM_RECLAIM " + name + ":" + target + " (K-WQ-3)"));
        }
    }

    /** True if {@code t} is a worker or the rescuer of a WQ_MEM_RECLAIM workqueue, running its work. */
    private static boolean reclaimWorker(SimTask t) {
        return t.runningReclaimWork;
    }

    @Override
    public void destroyWorkqueue() {
        flushWorkqueue();
        stopping = true;
        moreWork.wakeUpAll();
        retry.delTimer();
    }
}
