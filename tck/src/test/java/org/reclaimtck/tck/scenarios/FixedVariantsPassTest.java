package org.reclaimtck.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.suites.deadlock.S11KswapdShrinkerCase;
import org.reclaimtck.tck.suites.deadlock.S1AmpleMemoryCase;
import org.reclaimtck.tck.suites.deadlock.S1DmBufioNofsCase;
import org.reclaimtck.tck.suites.deadlock.S2AmpleMemoryCase;
import org.reclaimtck.tck.suites.deadlock.S2LoopWorkerReclaimCase;
import org.reclaimtck.tck.suites.deadlock.S3AmpleMemoryCase;
import org.reclaimtck.tck.suites.deadlock.S3TransactionRecursionCase;
import org.reclaimtck.tck.testkit.Outcomes;

/** With the provider's default (fixed) variants the deadlock suite passes DL-1 and FP-1 over 100 seeds. */
class FixedVariantsPassTest {
    private static final List<Class<?>> DL1_CASES = List.of(S1DmBufioNofsCase.class, S1AmpleMemoryCase.class,
            S2LoopWorkerReclaimCase.class, S2AmpleMemoryCase.class, S3TransactionRecursionCase.class,
            S3AmpleMemoryCase.class, S11KswapdShrinkerCase.class);

    @Test
    void deadlockSuitePassesOver100Seeds() {
        EngineExecutionResults r = Scenarios.on("fixed-100", "deadlock/*", "DL-1,FP-1", null)
                .param("reclaimtck.seeds", "100").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedRules(r)).containsExactly("DL-1", "FP-1");
        for (Class<?> c : DL1_CASES) {
            assertThat(Outcomes.passedSeeds(r, c, "DL-1")).as(c.getSimpleName()).hasSize(100);
        }
        assertThat(Outcomes.passedSeeds(r, S11KswapdShrinkerCase.class, "FP-1")).hasSize(100);
    }
}
