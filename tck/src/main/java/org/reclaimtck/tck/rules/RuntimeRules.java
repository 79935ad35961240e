package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/** The runtime rules (RT-n): determinism, deadlock and lost-wakeup reports, timers, hung tasks, errors. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuntimeRules {
    private RuntimeRules() {
    }

    /** RT-1. */
    public static final Rule RT_1 = new Rule(RuleIds.RT_1, RuleLevel.MUST, "same seed, same trace",
            "Running the same case with the same seed MUST produce the same trace, event for event, so the"
                    + " two runs have equal trace hashes.",
            "architecture: a run is a pure function of (workload, seed)");

    /** RT-2. */
    public static final Rule RT_2 = new Rule(RuleIds.RT_2, RuleLevel.MUST, "mutex cycle is a deadlock",
            "A wait-for cycle among tasks blocked in mutex_lock() MUST end the run as a deadlock whose report"
                    + " names every task and every mutex of the cycle.",
            "kernel/locking/mutex.c; lockdep's circular locking report (kernel/locking/lockdep.c)");

    /** RT-3. */
    public static final Rule RT_3 = new Rule(RuleIds.RT_3, RuleLevel.MUST, "orphan completion is reported",
            "A task in wait_for_completion() on a completion that no task or timer will complete MUST be"
                    + " reported as a deadlock or a lost wakeup naming the task and the completion.",
            "kernel/sched/completion.c; kernel/hung_task.c");

    /** RT-4. */
    public static final Rule RT_4 = new Rule(RuleIds.RT_4, RuleLevel.MUST, "timed waits end on time",
            "A timer-driven wait (msleep(), wait_for_completion_timeout(), a timer callback calling complete())"
                    + " MUST end, and virtual time MUST advance by the requested jiffies and at most one jiffy"
                    + " more.",
            "kernel/time/timer.c; kernel/time/sleep_timeout.c; kernel/sched/completion.c");

    /** RT-5. */
    public static final Rule RT_5 = new Rule(RuleIds.RT_5, RuleLevel.SHOULD, "seeds explore interleavings",
            "Different seeds SHOULD give different interleavings: a small racy workload run with 100 seeds"
                    + " SHOULD produce more than one distinct trace hash.",
            "architecture: seeded random and PCT scheduling");

    /** RT-6. */
    public static final Rule RT_6 = new Rule(RuleIds.RT_6, RuleLevel.MUST, "hung task is reported",
            "A task blocked longer than hung_task_timeout_secs while virtual time moves on MUST be reported"
                    + " as a hung task naming the task and what it waits for.",
            "kernel/hung_task.c check_hung_task");

    /** RT-7. */
    public static final Rule RT_7 = new Rule(RuleIds.RT_7, RuleLevel.MUST, "exception is an implementation error",
            "An exception escaping a task MUST end the run as an implementation error naming the task, the"
                    + " exception and its stack.",
            "kernel/panic.c (a BUG() oopses the task that hit it)");

    /** RT-8. */
    public static final Rule RT_8 = new Rule(RuleIds.RT_8, RuleLevel.MUST, "every wait and wake-up is traced",
            "Every wait a task leaves MUST be ended by a traced wake-up (Woken) of that task from that object before the"
                    + " task's next event; every wake-up MUST name an object its task waits on and a waker that can wake"
                    + " it (a running task of the run, softirq, or a timed wait's timer or timeout); virtual time MUST"
                    + " NOT go back.",
            "kernel/sched/core.c try_to_wake_up (sched_waking, sched_wakeup), __schedule (sched_switch);"
                    + " kernel/sched/completion.c, kernel/locking/mutex.c, kernel/time/timer.c");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(RT_1, RT_2, RT_3, RT_4, RT_5, RT_6, RT_7, RT_8);
}
