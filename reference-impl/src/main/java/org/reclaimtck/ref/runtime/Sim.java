package org.reclaimtck.ref.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.RunStatistics;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The deterministic simulator: models the scheduler core of {@code kernel/sched/core.c} for a machine
 * where exactly one task runs at a time. At every scheduling point a seeded {@link SchedStrategy} picks
 * the next task; virtual time moves only when every task is blocked and a timer is pending. A run is a
 * pure function of (workload, seed).
 *
 * <p>Only the task whose turn it is touches this object; the turn passes with a volatile write of
 * {@link #current} and {@code LockSupport.unpark}, which orders all state before it.
 */
public final class Sim {
    /** The waker name of a timed wait that expired. */
    static final String TIMEOUT = "timeout";

    private final MachineSpec spec;
    /** {@link MachineSpec#perPageTrace()}: false on a large machine, whose per-page tracepoints stay off. */
    private final boolean perPageTrace;
    private final TaskThreads threads;
    private final SchedStrategy strategy;
    private final SplitMix64 modelRng;
    private final long nanosPerJiffy;
    final List<SimTask> tasks = new ArrayList<>();
    private final List<SimTask> runnable = new ArrayList<>();
    private final List<TraceEvent> trace = new ArrayList<>();
    private final Clockwork clock;
    private final List<java.util.function.Consumer<SimTask>> exitHooks = new ArrayList<>();

    private volatile SimTask current;
    private volatile boolean finished;
    private volatile String abortReason;
    private Outcome outcome;
    private List<TraceEvent> finalTrace;
    private Thread host;
    private Thread finisher;
    private boolean started;
    private long points;
    private long switches;
    private GfpContext gfpContext = GfpContext.KERNEL;

    public Sim(MachineSpec spec, TaskThreads threads) {
        this.spec = Objects.requireNonNull(spec);
        this.perPageTrace = spec.perPageTrace();
        this.threads = Objects.requireNonNull(threads);
        this.strategy = SchedStrategy.of(spec.schedule(), spec.seed());
        this.modelRng = new SplitMix64(spec.seed() ^ 0x5DEECE66DL);
        this.nanosPerJiffy = 1_000_000_000L / spec.hz();
        this.clock = new Clockwork(this, spec.hungTaskTimeoutSecs() * 1_000_000_000L, spec.timeBudgetSecs() * 1_000_000_000L);
    }

    public MachineSpec spec() {
        return spec;
    }

    public long now() {
        return clock.now;
    }

    long nanosPerJiffy() {
        return nanosPerJiffy;
    }

    int randomBelow(int bound) {
        return modelRng.nextInt(bound);
    }

    // ---- tasks -------------------------------------------------------------------------------

    SimTask spawn(String comm, Runnable body, boolean kthread) {
        if (finished) {
            throw SimExit.INSTANCE;
        }
        if (started && !clock.inSoftirq) {
            currentTask("spawn(" + comm + ")"); // a timer may ask for a thread: kthreadd makes it (create_worker)
        }
        SimTask t = new SimTask(this, tasks.size() + 1, comm, kthread, Objects.requireNonNull(body));
        tasks.add(t);
        strategy.taskCreated(t);
        insertRunnable(t);
        trace(new TraceEvent.TaskSpawned(clock.now, comm(), comm, kthread));
        return t;
    }

    /** Every task spawned so far, in pid order ({@code for_each_process}). */
    List<SimTask> tasks() {
        return java.util.Collections.unmodifiableList(tasks);
    }

    /** Runs {@code hook} in every exiting task's context before it is marked exited ({@code exit_mm}). */
    void onExit(java.util.function.Consumer<SimTask> hook) {
        exitHooks.add(hook);
    }

    /**
     * {@code send_sig(SIGKILL)}: marks the signal pending and wakes the target if it sleeps killable (its wait is
     * cancelled); an uninterruptible or idle sleeper stays asleep.
     */
    void sigkill(SimTask target) {
        if (target.sigkill || target.state == SimTask.State.EXITED) {
            return;
        }
        target.sigkill = true;
        trace(new TraceEvent.SignalSent(clock.now, comm(), target.comm(), "SIGKILL"));
        if (target.state == SimTask.State.BLOCKED && target.blockedOn.killable) {
            wakeProcess(target, "SIGKILL");
        }
    }

    /** The running task, checked to be a task thread outside softirq context. */
    SimTask currentTask(String operation) {
        checkAlive();
        if (clock.inSoftirq) {
            throw new IllegalStateException("BUG: sleeping function called from invalid context: " + operation
                    + " in softirq (a timer callback must not sleep)");
        }
        SimTask me = current;
        if (me == null || me.thread != Thread.currentThread()) {
            throw new IllegalStateException(operation + " called outside a simulated task; model code runs in "
                    + "tasks made with spawn() or kthreadRun()");
        }
        return me;
    }

    void checkCaller(SimTask task, String operation) {
        if (started && !finished && current != task) {
            throw new IllegalStateException(operation + " on " + task + " from " + current + ": scopes belong to current");
        }
    }

    /** The comm events are attributed to: the running task, {@code softirq} in timers, {@code init} before run. */
    /** No task and no softirq runs: boot, while the stack is assembled and the workload set up. */
    boolean atBoot() {
        return current == null && !clock.inSoftirq;
    }

    String comm() {
        if (clock.inSoftirq) {
            return "softirq";
        }
        SimTask c = current;
        return c == null ? "init" : c.comm();
    }

    // ---- scheduling ----------------------------------------------------------------------------

    /** {@code cond_resched()}: the running task stays runnable; the strategy may pick another. */
    void schedulePoint(SchedPoint kind) {
        checkAlive();
        if (clock.inSoftirq) {
            return;
        }
        SimTask me = current;
        tick();
        SimTask next = strategy.pick(runnable, me, kind);
        if (next != me) {
            switchTo(me, next);
        }
    }

    /** A scheduling point if called from the running task's own thread (not softirq, not the host). */
    void maybeSchedulePoint(SchedPoint kind) {
        SimTask c = current;
        if (!clock.inSoftirq && c != null && c.thread == Thread.currentThread()) {
            schedulePoint(kind);
        }
    }

    /** Puts the running task to sleep until {@link #wake}; returns when it runs again. */
    void block(SimTask me, BlockInfo info) {
        checkAlive();
        me.state = SimTask.State.BLOCKED;
        me.blockedOn = info;
        me.blockedSince = clock.now;
        me.wokenBy = null;
        runnable.remove(me);
        trace(new TraceEvent.WaitBegin(clock.now, me.comm(), info.kind, info.object, info.lockClass,
                comms(info.waitsFor.get()), info.idle));
        SimTask next = pickOrAdvance(null);
        if (next == null) {
            finish(StallAnalyzer.analyze(this));
        }
        if (next != me) {
            switchTo(me, next);
        }
    }

    /** Makes a sleeping task runnable; {@code by} names the waker for the trace. */
    void wake(SimTask t, String by) {
        if (t.state != SimTask.State.BLOCKED) {
            return;
        }
        String object = t.blockedOn.object;
        t.state = SimTask.State.RUNNABLE;
        t.blockedOn = null;
        t.wokenBy = by;
        insertRunnable(t);
        strategy.taskWoken(t);
        trace(new TraceEvent.Woken(clock.now, t.comm(), object, by));
    }

    /** Wakes a task from an interruptible wait (wait_event, sleep): its wait is cancelled first. */
    void wakeProcess(SimTask t, String by) {
        if (t.state == SimTask.State.BLOCKED && t.blockedOn.cancel != null) {
            t.blockedOn.cancel.run();
            wake(t, by);
        }
    }

    void setGfpContext(GfpContext policy) {
        this.gfpContext = java.util.Objects.requireNonNull(policy);
    }

    GfpContext gfpContext() {
        return gfpContext;
    }

    private void insertRunnable(SimTask t) {
        int i = runnable.size();
        while (i > 0 && runnable.get(i - 1).pid() > t.pid()) {
            i--;
        }
        runnable.add(i, t);
    }

    private void tick() {
        if (++points > spec.stepBudget()) {
            finish(new Outcome.NoProgress("step (" + spec.stepBudget() + " scheduling points)", describeTasks()));
        }
    }

    private SimTask pickOrAdvance(SimTask running) {
        while (runnable.isEmpty()) {
            if (!clock.advance()) {
                return null;
            }
        }
        tick();
        return strategy.pick(runnable, running, SchedPoint.OTHER);
    }

    void armTimer(SimTimer t, long expiresNanos) {
        clock.arm(t, expiresNanos);
    }

    boolean disarmTimer(SimTimer t) {
        return clock.disarm(t);
    }

    private void switchTo(SimTask me, SimTask next) {
        switches++;
        current = next;
        resume(next);
        while (current != me) {
            LockSupport.park(this);
        }
        if (finished) {
            throw SimExit.INSTANCE;
        }
    }

    private void resume(SimTask t) {
        if (!t.started) {
            t.started = true;
            t.thread = threads.newThread(t.comm(), () -> taskMain(t));
            t.thread.start();
        } else {
            LockSupport.unpark(t.thread);
        }
    }

    private void taskMain(SimTask t) {
        while (current != t) {
            LockSupport.park(this);
        }
        try {
            if (finished) {
                return;
            }
            t.body.run();
            exit(t);
        } catch (SimExit e) {
            // the run ended; this task's stack is unwound
        } catch (SimKilled e) {
            killedExit(t);
        } catch (Throwable e) {
            try {
                finish(new Outcome.ImplementationError(t.comm(), e.toString(), Backtrace.ofThrowable(e)));
            } catch (SimExit ignored) {
                // expected: finish unwinds the caller
            }
        }
    }

    /** A fatal signal ended the task: {@code do_exit}, a normal end of the task. */
    private void killedExit(SimTask t) {
        try {
            exit(t);
        } catch (SimExit ignored) {
            // the run ended while the task exited
        }
    }

    private void exit(SimTask t) {
        checkAlive();
        for (java.util.function.Consumer<SimTask> hook : exitHooks) {
            hook.accept(t);
        }
        t.state = SimTask.State.EXITED;
        runnable.remove(t);
        if (!t.held.isEmpty()) {
            trace(new TraceEvent.Warning(clock.now, t.comm(), "lock-held-at-exit",
                    t.comm() + " exited holding " + String.join(", ", t.heldNames())));
        }
        trace(new TraceEvent.TaskExited(clock.now, t.comm()));
        t.exitWait.wakeUpAllQuiet();
        SimTask next = pickOrAdvance(null);
        if (next == null) {
            finish(StallAnalyzer.analyze(this));
        }
        switches++;
        current = next;
        resume(next);
    }

    // ---- the run -------------------------------------------------------------------------------

    /** Runs every spawned task to the end; called once, from outside the simulation. */
    public RunResult run() {
        if (started) {
            throw new IllegalStateException("a kernel runs once: boot a new one for the next run");
        }
        started = true;
        host = Thread.currentThread();
        SimTask first = runnable.isEmpty() ? null : strategy.pick(runnable, null, SchedPoint.OTHER);
        if (first == null) {
            conclude(StallAnalyzer.analyze(this));
        } else {
            points++;
            current = first;
            resume(first);
            while (!finished) {
                LockSupport.park(this);
                if (abortReason != null && !finished) {
                    conclude(new Outcome.NoProgress("wall-clock watchdog", abortReason + "\n" + describeTasks()));
                    threads.abandoned(spinning());
                    return result();
                }
            }
            RunEnd.join(finisher);
            unwindAll();
        }
        return result();
    }

    /** The task left holding its thread at an abort: it runs and never reached a scheduling point. */
    private SimTask spinning() {
        SimTask c = current;
        return c != null && c.started && c.thread.getState() == Thread.State.RUNNABLE ? c : null;
    }

    private RunResult result() {
        return new RunResult(spec.seed(), outcome, finalTrace,
                new RunStatistics(points, switches, clock.now, tasks.size()));
    }

    /** Ends the run with an outcome and unwinds the calling task. */
    void finish(Outcome o) {
        conclude(o);
        throw SimExit.INSTANCE;
    }

    private void conclude(Outcome o) {
        if (finished) {
            throw SimExit.INSTANCE;
        }
        outcome = o;
        finalTrace = RunEnd.snapshot(trace);
        finisher = Thread.currentThread();
        finished = true;
        if (host != null) {
            LockSupport.unpark(host);
        }
    }

    private void unwindAll() {
        for (SimTask t : tasks) {
            if (t.started && t.thread.isAlive()) {
                current = t;
                LockSupport.unpark(t.thread);
                RunEnd.join(t.thread);
            }
        }
    }

    void checkAlive() {
        if (finished) {
            throw SimExit.INSTANCE;
        }
        if (abortReason != null) {
            finish(new Outcome.NoProgress("wall-clock watchdog", abortReason + "\n" + describeTasks()));
        }
    }

    /** Stops the run from another thread; see {@code Kernel.abort}. */
    public void abort(String reason) {
        abortReason = reason == null ? "aborted" : reason;
        Thread h = host;
        if (h != null) {
            LockSupport.unpark(h);
        }
    }

    // ---- trace and diagnostics -----------------------------------------------------------------

    void trace(TraceEvent e) {
        if (!finished && (perPageTrace || !PerPageTracepoints.isPerPage(e))) {
            trace.add(e);
        }
    }

    /** One line per task: comm, pid, state and wait channel; safe (best effort) from any thread. */
    public String describeTasks() {
        return TaskDump.describe(tasks, current, clock.now);
    }

    static List<String> comms(List<SimTask> ts) {
        List<String> out = new ArrayList<>(ts.size());
        for (SimTask t : ts) {
            out.add(t.comm());
        }
        return out;
    }

}
