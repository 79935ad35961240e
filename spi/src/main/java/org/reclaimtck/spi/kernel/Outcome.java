package org.reclaimtck.spi.kernel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a run ended, in kernel terms: models what the kernel's hung-task detector
 * ({@code kernel/hung_task.c}), lockdep and the OOM killer would report, plus a deadlock the model
 * proves outright.
 */
public sealed interface Outcome {
    OutcomeKind kind();

    /** A multi-line report a kernel engineer reads at a glance. */
    String describe();

    /** Every user task exited; kthreads left waiting for work (TASK_IDLE) are fine. */
    record Completed() implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.COMPLETED;
        }

        public String describe() {
            return "completed: every task exited";
        }
    }

    /** No task can run, nothing is pending, and the blocked tasks wait on each other in a cycle. */
    record Deadlock(List<WaitEdge> cycle, List<WaitEdge> alsoBlocked) implements Outcome {
        public Deadlock {
            cycle = List.copyOf(cycle);
            alsoBlocked = List.copyOf(alsoBlocked);
        }

        public OutcomeKind kind() {
            return OutcomeKind.DEADLOCK;
        }

        public String describe() {
            StringBuilder sb = new StringBuilder("deadlock: wait-for cycle of " + cycle.size() + " task"
                    + (cycle.size() == 1 ? "" : "s") + ": "
                    + cycle.stream().map(WaitEdge::task).collect(Collectors.joining(" -> "))
                    + " -> " + cycle.get(0).task() + "\n");
            for (WaitEdge e : cycle) {
                sb.append("  ").append(e.render()).append('\n');
            }
            if (!alsoBlocked.isEmpty()) {
                sb.append("  also blocked:\n");
                for (WaitEdge e : alsoBlocked) {
                    sb.append("    ").append(e.render()).append('\n');
                }
            }
            return sb.toString().stripTrailing();
        }
    }

    /**
     * A task waits on something nobody will signal: no cycle, but no task can wake it (the chain ends
     * at an object without a waker, or at a kthread idle for work nobody queued).
     */
    record LostWakeup(List<WaitEdge> chain) implements Outcome {
        public LostWakeup {
            chain = List.copyOf(chain);
        }

        public OutcomeKind kind() {
            return OutcomeKind.LOST_WAKEUP;
        }

        public String describe() {
            StringBuilder sb = new StringBuilder("lost wakeup: " + chain.get(0).task() + " can never be woken\n");
            for (WaitEdge e : chain) {
                sb.append("  ").append(e.render()).append('\n');
            }
            return sb.toString().stripTrailing();
        }
    }

    /** {@code INFO: task X blocked for more than N seconds.} while virtual time moved on. */
    record HungTask(WaitEdge task, long blockedSecs, long timeoutSecs) implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.HUNG_TASK;
        }

        public String describe() {
            return "INFO: task " + task.task() + " blocked for more than " + timeoutSecs + " seconds (" + blockedSecs
                    + " s)\n  " + task.render();
        }
    }

    /** The step or virtual-time budget ran out while tasks were still running (a livelock or a stall). */
    record NoProgress(String budget, String detail) implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.NO_PROGRESS;
        }

        public String describe() {
            return "no progress: " + budget + " budget spent\n" + detail;
        }
    }

    /** The OOM killer found nothing to kill, or killed where the rules say it must not. */
    record OutOfMemory(String detail) implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.OUT_OF_MEMORY;
        }

        public String describe() {
            return "out of memory: " + detail;
        }
    }

    /** An exception escaped a task: a bug in the implementation or in the model code it ran. */
    record ImplementationError(String task, String exception, String stack) implements Outcome {
        public OutcomeKind kind() {
            return OutcomeKind.IMPLEMENTATION_ERROR;
        }

        public String describe() {
            return "implementation error in task " + task + ": " + exception + "\n" + stack;
        }
    }
}
