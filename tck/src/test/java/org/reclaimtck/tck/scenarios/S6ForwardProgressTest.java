package org.reclaimtck.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.suites.forward.S6DirtyTailCase;
import org.reclaimtck.tck.suites.forward.S6StreamingWriterCase;
import org.reclaimtck.tck.testkit.Outcomes;

/**
 * S6: the forward-progress suite passes FP-2..FP-6 with the reference's default reclaim over 100 seeds;
 * {@code vmscan:no-flusher-wakeup} fails FP-5 on every seed, and the failure shows the LRU state that led to it
 * ({@code vmscan:noprogress-gives-up} and {@code vmscan:no-reclaim-rotation} are not caught yet: docs/model.md).
 */
class S6ForwardProgressTest {
    private static final String RULES = "FP-2,FP-3,FP-4,FP-5,FP-6";

    @Test
    void theDefaultsPassOver100Seeds() {
        EngineExecutionResults r = Scenarios.on("s6-fixed-100", "forward-progress/*", RULES, null)
                .param("reclaimtck.seeds", "100").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedRules(r)).containsExactlyInAnyOrder("FP-2", "FP-3", "FP-4", "FP-5", "FP-6");
        for (String rule : RULES.split(",")) {
            assertThat(Outcomes.passedSeeds(r, S6DirtyTailCase.class, rule)).as(rule).hasSize(100);
            assertThat(Outcomes.passedSeeds(r, S6StreamingWriterCase.class, rule)).as(rule).hasSize(100);
        }
    }

    @Test
    void flushersNotWokenOomWithCleanableMemory() {
        EngineExecutionResults r = Scenarios.run("s6-no-flusher-wakeup", "forward-progress/s6-dirty-tail", "FP-5",
                "vmscan:no-flusher-wakeup");

        assertThat(Outcomes.failedRules(r)).containsExactly("FP-5");
        assertThat(Outcomes.failedSeeds(r, S6DirtyTailCase.class, "FP-5")).hasSize(16);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .startsWith("FP-5 violated: ").contains("file folios were dirty", "nr_dirty=", "nr_writeback(PG_reclaim set)=",
                        "nr_immediate=", "last pass: mm_vmscan_lru_shrink_inactive"));
    }
}
