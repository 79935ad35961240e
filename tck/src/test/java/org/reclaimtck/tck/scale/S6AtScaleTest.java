package org.reclaimtck.tck.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.suites.forward.S6DirtyTailCase;
import org.reclaimtck.tck.suites.forward.S6StreamingWriterCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * Issue 9 item 11: the S6 workload on a 16 GiB machine ({@code -Dreclaimtck.memory=16g}, 4 Mi pages) runs in a 512 MiB
 * Java heap and passes FP-2..FP-6. The build runs this class alone in a JVM of {@code -Xmx512m} (surefire execution
 * {@code scale} of this module): a representation that grows again per page ends it in OutOfMemoryError. Not timed.
 */
class S6AtScaleTest {
    private static final long HEAP_LIMIT = 512L << 20;

    @Test
    void s6OnA16GibMachinePassesInA512MibHeap() {
        // only in a JVM of at most 512 MiB (surefire execution 'scale'); -Dtest=S6AtScaleTest also reaches the default one
        assumeTrue(Runtime.getRuntime().maxMemory() <= HEAP_LIMIT, "runs in the 'scale' execution's -Xmx512m JVM");

        EngineExecutionResults r = TckRun.named("s6-16g").param("reclaimtck.case", "forward-progress/s6-*")
                .param("reclaimtck.rules", "FP-2,FP-3,FP-4,FP-5,FP-6").param("reclaimtck.seeds", "1")
                .param("reclaimtck.memory", "16g").param("reclaimtck.timeout", "10m").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        for (String rule : new String[] {"FP-2", "FP-3", "FP-4", "FP-5", "FP-6"}) {
            assertThat(Outcomes.passedSeeds(r, S6StreamingWriterCase.class, rule)).as(rule).containsExactly(1L);
            assertThat(Outcomes.passedSeeds(r, S6DirtyTailCase.class, rule)).as(rule).containsExactly(1L);
        }
    }
}
