package org.reclaimtck.tck.rules;

import java.util.List;

/** The runtime rules (RT-n): determinism, deadlock and lost-wakeup reports, timers, hung tasks, errors. */
final class RuntimeRules {
    private RuntimeRules() {
    }

    static final List<Rule> ALL = List.of(
            new Rule("RT-1", RuleLevel.MUST, "same seed, same trace",
                    "Running the same case with the same seed MUST produce the same trace, event for event, so the"
                            + " two runs have equal trace hashes.",
                    "architecture: a run is a pure function of (workload, seed)"),
            new Rule("RT-2", RuleLevel.MUST, "mutex cycle is a deadlock",
                    "A wait-for cycle among tasks blocked in mutex_lock() MUST end the run as a deadlock whose report"
                            + " names every task and every mutex of the cycle.",
                    "kernel/locking/mutex.c; lockdep's circular locking report (kernel/locking/lockdep.c)"),
            new Rule("RT-3", RuleLevel.MUST, "orphan completion is reported",
                    "A task in wait_for_completion() on a completion that no task or timer will complete MUST be"
                            + " reported as a deadlock or a lost wakeup naming the task and the completion.",
                    "kernel/sched/completion.c; kernel/hung_task.c"),
            new Rule("RT-4", RuleLevel.MUST, "timed waits end on time",
                    "A timer-driven wait (msleep(), wait_for_completion_timeout(), a timer callback calling complete())"
                            + " MUST end, and virtual time MUST advance by the requested jiffies and at most one jiffy"
                            + " more.",
                    "kernel/time/timer.c; kernel/time/sleep_timeout.c; kernel/sched/completion.c"),
            new Rule("RT-5", RuleLevel.SHOULD, "seeds explore interleavings",
                    "Different seeds SHOULD give different interleavings: a small racy workload run with 100 seeds"
                            + " SHOULD produce more than one distinct trace hash.",
                    "architecture: seeded random and PCT scheduling"),
            new Rule("RT-6", RuleLevel.MUST, "hung task is reported",
                    "A task blocked longer than hung_task_timeout_secs while virtual time moves on MUST be reported"
                            + " as a hung task naming the task and what it waits for.",
                    "kernel/hung_task.c check_hung_task"),
            new Rule("RT-7", RuleLevel.MUST, "exception is an implementation error",
                    "An exception escaping a task MUST end the run as an implementation error naming the task, the"
                            + " exception and its stack.",
                    "kernel/panic.c (a BUG() oopses the task that hit it)"));
}
