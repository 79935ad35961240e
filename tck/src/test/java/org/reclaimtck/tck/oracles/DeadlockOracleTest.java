package org.reclaimtck.tck.oracles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.RunStatistics;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/** The reported outcome is judged against the trace, in both directions. */
class DeadlockOracleTest {
    private static final List<TraceEvent> ABBA = new Traces().spawn("task-a", "task-b")
            .lock("task-a", "a").lock("task-b", "b")
            .waitMutex("task-a", "b", "task-b").waitMutex("task-b", "a", "task-a").build();

    private static RunResult run(Outcome o, List<TraceEvent> trace) {
        return new RunResult(1, o, trace, new RunStatistics(1, 1, 0, 2));
    }

    private static WaitEdge edge(String task, String held, String waits, String holder) {
        return new WaitEdge(task, "", List.of("mutex " + held), WaitKind.MUTEX, waits, waits + "_class", List.of(holder));
    }

    @Test
    void aMissedCycleIsAContradiction() {
        assertThat(DeadlockOracle.judge(run(new Outcome.NoProgress("step", ""), ABBA))).hasValue(
                "the trace ends with 1 wait-for cycle (task-a -> task-b -> task-a) but the provider reported NO_PROGRESS");
    }

    @Test
    void aDeadlockNamingEveryTaskAndMutexAgrees() {
        Outcome d = new Outcome.Deadlock(List.of(edge("task-a", "a", "b", "task-b"), edge("task-b", "b", "a", "task-a")),
                List.of());
        assertThat(DeadlockOracle.judge(run(d, ABBA))).isEmpty();
    }

    @Test
    void aDeadlockMissingAMutexIsAContradiction() {
        Outcome d = new Outcome.Deadlock(List.of(edge("task-a", "a", "b", "task-b")), List.of());
        assertThat(DeadlockOracle.judge(run(d, ABBA))).hasValueSatisfying(m -> assertThat(m)
                .isEqualTo("the reported deadlock does not name task task-b, mutex a of the cycle task-a -> task-b"
                        + " -> task-a the trace shows"));
    }

    @Test
    void aDeadlockTheTraceDoesNotShowIsAContradiction() {
        List<TraceEvent> done = new Traces().spawn("task-a").lock("task-a", "a").unlock("task-a", "a").exit("task-a")
                .build();
        Outcome d = new Outcome.Deadlock(List.of(edge("task-a", "a", "b", "task-b")), List.of());
        assertThat(DeadlockOracle.judge(run(d, done))).hasValue("the provider reported a deadlock in which task-a"
                + " waits for mutex b, but the trace ends with task-a exited");
    }

    @Test
    void aCompletedRunWithoutCycleAgrees() {
        assertThat(DeadlockOracle.judge(run(new Outcome.Completed(), new Traces().spawn("a").exit("a").build())))
                .isEmpty();
    }
}
