package org.reclaimtck.ref.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;

class SimSmokeTest {
    @Test
    void forcedAbbaIsADeadlockWithBothTasksAndLocks() {
        RunResult r = Workloads.forcedAbba(Workloads.boot(3, TaskThreads.fromSystemProperty()));
        System.out.println(r.outcome().describe());
        r.trace().forEach(e -> System.out.println(e.render()));
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.DEADLOCK);
        Outcome.Deadlock d = (Outcome.Deadlock) r.outcome();
        assertThat(d.cycle()).extracting(e -> e.task()).containsExactly("task-a", "task-b");
    }
}
