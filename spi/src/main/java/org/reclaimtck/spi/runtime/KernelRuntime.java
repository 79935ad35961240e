package org.reclaimtck.spi.runtime;

import java.util.Set;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * The primitives model code blocks through, and the current task: models the parts of
 * {@code kernel/sched/} and {@code kernel/kthread.c} a kernel subsystem calls. Every blocking call
 * is a scheduling point of the deterministic runtime.
 */
public interface KernelRuntime {
    Mutex mutex(String name, String lockClass);

    RwSemaphore rwsem(String name, String lockClass);

    WaitQueue waitQueue(String name);

    Completion completion(String name);

    /**
     * A completion of lock class {@code lockClass}, as lockdep keys completions by their init site (e.g. all
     * {@code req->done} of one driver share a class). A provider that ignores it uses the name as the class.
     */
    default Completion completion(String name, String lockClass) {
        return completion(name);
    }

    /** A wait queue whose waiters are reported as waiting on {@code kind} (e.g. log space). */
    default WaitQueue waitQueue(String name, WaitKind kind) {
        return waitQueue(name);
    }

    /** {@code timer_setup()}: the callback runs in softirq context and must not sleep. */
    Timer timer(String name, Runnable callback);

    /** {@code INIT_WORK()}. */
    Work initWork(String name, Runnable fn);

    /** {@code alloc_workqueue()}. */
    Workqueue allocWorkqueue(String name, Set<WqFlag> flags, int maxActive);

    /** A user task whose body is part of the workload: the run is complete when every one has exited. */
    Task spawn(String comm, Runnable body);

    /** {@code kthread_run()}: a kernel thread that may wait for work forever (TASK_IDLE). */
    Kthread kthreadRun(String comm, Runnable body);

    /** {@code current}. */
    Task current();

    /** {@code cond_resched()}: a scheduling point without blocking. */
    void condResched();

    /** {@code schedule_timeout_uninterruptible()}: sleeps {@code jiffies} of virtual time. */
    void scheduleTimeoutUninterruptible(long jiffies);

    /**
     * {@code schedule_timeout_killable()}: sleeps {@code jiffies} (TASK_KILLABLE); a fatal signal ends the sleep
     * early, and a user task then exits (see {@link #fatalSignalPending}). Providers without signals sleep.
     */
    default void scheduleTimeoutKillable(long jiffies) {
        scheduleTimeoutUninterruptible(jiffies);
    }

    /**
     * {@code fatal_signal_pending(current)}: SIGKILL is pending (the OOM killer chose the task). Killable waits
     * return early for it; uninterruptible ones do not.
     */
    default boolean fatalSignalPending() {
        return false;
    }

    /** {@code msleep()}. */
    default void msleep(long ms) {
        scheduleTimeoutUninterruptible(clock().msecsToJiffies(ms));
    }

    /** {@code kthread_should_stop()} for the current kthread. */
    boolean kthreadShouldStop();

    VirtualClock clock();

    /** {@code get_random_u32_below()}: from the run's seed, so a run stays a function of it. */
    int randomBelow(int bound);

    /** Appends an event to the run's trace, as a tracepoint does. */
    void trace(TraceEvent event);
}
