package org.reclaimtck.ref.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.runtime.RwSemaphore;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.spi.runtime.VirtualClock;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.runtime.Work;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/** The reference {@link KernelRuntime}: the primitives of {@code kernel/sched/} and {@code kernel/locking/} over {@link Sim}. */
public final class SimRuntime implements KernelRuntime {
    private final Sim sim;
    private final SimClock clock;
    private BooleanSupplier workerCreation = () -> true;

    public SimRuntime(Sim sim) {
        this.sim = Objects.requireNonNull(sim);
        this.clock = new SimClock(sim);
    }

    public Sim sim() {
        return sim;
    }

    /** {@code MachineSpec.perPageTrace()}: false on a machine too large to trace per-page events (docs/model.md). */
    public boolean perPageTrace() {
        return sim.spec().perPageTrace();
    }

    /** Whether a workqueue may create a worker now; the memory model makes it fail under pressure. */
    public void setWorkerCreation(BooleanSupplier allowed) {
        this.workerCreation = Objects.requireNonNull(allowed);
    }

    /** The scoped-gfp policy ({@code gfp-policy} part type) every task's {@code current_gfp_context} applies. */
    public void setGfpContext(GfpContext policy) {
        sim.setGfpContext(policy);
    }

    public GfpContext gfpContext() {
        return sim.gfpContext();
    }

    BooleanSupplier workerCreation() {
        return workerCreation;
    }

    @Override
    public Mutex mutex(String name, String lockClass) {
        return new SimMutex(sim, name, lockClass);
    }

    @Override
    public RwSemaphore rwsem(String name, String lockClass) {
        return new SimRwSemaphore(sim, name, lockClass);
    }

    @Override
    public WaitQueue waitQueue(String name) {
        return new SimWaitQueue(sim, name);
    }

    @Override
    public WaitQueue waitQueue(String name, WaitKind kind) {
        return new SimWaitQueue(sim, name, kind, name);
    }

    /** A wait queue whose waiters are reported as waiting on {@code kind} of class {@code lockClass} (log space). */
    public WaitQueue waitQueue(String name, WaitKind kind, String lockClass) {
        return new SimWaitQueue(sim, name, kind, Objects.requireNonNull(lockClass));
    }

    /**
     * Records that the current task holds a lock-like resource the runtime does not own, such as a
     * transaction's log reservation, so reports list it among the held locks and the trace shows it.
     */
    public void lockAcquired(Object key, LockKind kind, String name, String lockClass) {
        lockAcquired(key, kind, name, lockClass, false);
    }

    /** As {@link #lockAcquired(Object, LockKind, String, String)}, marked as a trylock if {@code trylock}. */
    public void lockAcquired(Object key, LockKind kind, String name, String lockClass, boolean trylock) {
        SimTask me = sim.currentTask("lock_acquire");
        me.held.add(new HeldLock(kind, name, lockClass, key));
        sim.trace(new TraceEvent.LockAcquired(sim.now(), me.comm(), kind, name, lockClass, trylock));
    }

    /** The current task no longer holds the resource recorded with {@link #lockAcquired}. */
    public void lockReleased(Object key) {
        lockReleased(sim.currentTask("lock_release"), key);
    }

    /**
     * {@code holder} no longer holds the resource it recorded with {@link #lockAcquired}; the current context gives
     * it back on the holder's behalf (a mempool element freed by whoever completed its I/O). Traced as the holder's.
     */
    public void lockReleased(SimTask holder, Object key) {
        for (int i = holder.held.size() - 1; i >= 0; i--) {
            HeldLock h = holder.held.get(i);
            if (h.lock == key) {
                holder.held.remove(i);
                sim.trace(new TraceEvent.LockReleased(sim.now(), holder.comm(), h.kind, h.name, h.lockClass));
                return;
            }
        }
        throw new IllegalStateException(holder + " releases " + key + ", which it does not hold");
    }

    /** Ends the run: the model found a state the kernel would not survive (e.g. OOM with nothing to kill). */
    public void panic(org.reclaimtck.spi.kernel.Outcome outcome) {
        sim.finish(outcome);
    }

    @Override
    public Completion completion(String name) {
        return new SimCompletion(sim, name, name);
    }

    @Override
    public Completion completion(String name, String lockClass) {
        return new SimCompletion(sim, name, Objects.requireNonNull(lockClass));
    }

    @Override
    public Timer timer(String name, Runnable callback) {
        return new SimTimer(sim, name, Objects.requireNonNull(callback));
    }

    @Override
    public Work initWork(String name, Runnable fn) {
        return new SimWork(name, Objects.requireNonNull(fn));
    }

    @Override
    public Workqueue allocWorkqueue(String name, Set<WqFlag> flags, int maxActive) {
        return new SimWorkqueue(sim, this, name, flags, maxActive);
    }

    @Override
    public Task spawn(String comm, Runnable body) {
        return sim.spawn(comm, body, false);
    }

    @Override
    public Kthread kthreadRun(String comm, Runnable body) {
        return new SimKthread(sim, sim.spawn(comm, body, true));
    }

    /** The comm of the running context: a task, {@code softirq} in timer callbacks, {@code init} before the run. */
    public String contextComm() {
        return sim.comm();
    }

    /** Boot: no task and no softirq runs (the stack is being assembled, the workload set up); nothing may sleep. */
    public boolean atBoot() {
        return sim.atBoot();
    }

    /** {@code in_task()}: a task runs, not a timer's softirq nor boot. */
    public boolean inTask() {
        return !sim.atBoot() && !"softirq".equals(sim.comm());
    }

    /** The tasks that run {@code wq}'s work now: its workers and its rescuer (for a wait's wakers). */
    public List<SimTask> workqueueTasks(Workqueue wq) {
        return ((SimWorkqueue) wq).tasks();
    }

    @Override
    public SimTask current() {
        return sim.currentTask("current");
    }

    /** {@code cond_resched()}: a {@link SchedPoint#RECLAIM} point inside reclaim or an allocation, else OTHER. */
    @Override
    public void condResched() {
        SimTask me = sim.currentTask("cond_resched");
        boolean reclaim = me.allocGfp() != null || me.hasFlag(PfFlag.PF_MEMALLOC) || me.hasFlag(PfFlag.PF_KSWAPD);
        sim.schedulePoint(reclaim ? SchedPoint.RECLAIM : SchedPoint.OTHER);
    }

    /** The {@code cond_resched()} of {@code might_alloc()} at the entry of a blocking allocation: an ALLOC point. */
    public void mightAllocResched() {
        sim.currentTask("cond_resched");
        sim.schedulePoint(SchedPoint.ALLOC);
    }

    @Override
    public void scheduleTimeoutUninterruptible(long jiffies) {
        SimTask me = sim.currentTask("schedule_timeout_uninterruptible");
        if (jiffies <= 0) {
            sim.schedulePoint(SchedPoint.OTHER);
            return;
        }
        SimTimer timer = new SimTimer(sim, me.comm() + " schedule_timeout", () -> sim.wake(me, "timer"));
        timer.armIn(jiffies * sim.nanosPerJiffy());
        sim.block(me, new BlockInfo(WaitKind.SLEEP, "schedule_timeout(" + jiffies + ")", "schedule_timeout", false,
                List::of, null));
    }

    /** The workload's killable sleep: {@link #sleepKillable}, then a pending SIGKILL ends a user task. */
    @Override
    public void scheduleTimeoutKillable(long jiffies) {
        sleepKillable(jiffies);
        returnToUserMode();
    }

    /** {@code schedule_timeout_killable()} inside the kernel: SIGKILL ends the sleep early; never exits the task. */
    public void sleepKillable(long jiffies) {
        SimTask me = sim.currentTask("schedule_timeout_killable");
        if (jiffies > 0 && !me.sigkill) {
            SimTimer timer = new SimTimer(sim, me.comm() + " schedule_timeout", () -> sim.wake(me, "timer"));
            timer.armIn(jiffies * sim.nanosPerJiffy());
            sim.block(me, new BlockInfo(WaitKind.SLEEP, "schedule_timeout_killable(" + jiffies + ")",
                    "schedule_timeout", false, List::of, timer::delTimer, true));
        } else {
            sim.schedulePoint(SchedPoint.OTHER);
        }
    }

    @Override
    public boolean fatalSignalPending() {
        return sim.currentTask("fatal_signal_pending").sigkill;
    }

    /**
     * {@code exit_to_user_mode}: a user task with SIGKILL pending exits here ({@code get_signal} → {@code do_exit});
     * the Java stack unwinds as the syscall's error path would. Kernel threads and tasks without the signal return.
     */
    public void returnToUserMode() {
        SimTask me = sim.currentTask("exit_to_user_mode");
        if (me.sigkill && !me.isKthread()) {
            throw SimKilled.INSTANCE;
        }
    }

    /** {@code do_send_sig_info(SIGKILL, ..., PIDTYPE_TGID)} from the OOM killer; see {@link Sim#sigkill}. */
    public void sigkill(SimTask target) {
        sim.sigkill(target);
    }

    /** {@code for_each_process}: every task of the run, in pid order, exited ones included. */
    public List<SimTask> tasks() {
        return sim.tasks();
    }

    /** Registers an exit hook ({@code exit_mm}), run in the exiting task's context. */
    public void onExit(java.util.function.Consumer<SimTask> hook) {
        sim.onExit(hook);
    }

    /** {@code kthread_run} returning the task, for kernel subsystems that keep their thread (the OOM reaper). */
    public SimTask kthread(String comm, Runnable body) {
        return sim.spawn(comm, body, true);
    }

    @Override
    public boolean kthreadShouldStop() {
        return sim.currentTask("kthread_should_stop").shouldStop;
    }

    @Override
    public VirtualClock clock() {
        return clock;
    }

    @Override
    public int randomBelow(int bound) {
        return sim.randomBelow(bound);
    }

    @Override
    public void trace(TraceEvent event) {
        sim.trace(Objects.requireNonNull(event));
    }
}
