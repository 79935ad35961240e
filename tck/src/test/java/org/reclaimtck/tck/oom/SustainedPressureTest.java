package org.reclaimtck.tck.oom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.suites.deadlock.S1SustainedPressureCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * Issue 9's false alarm, before and after: the deadlock suite's sustained-pressure case fails DL-1 as "out of memory"
 * on every seed without an OOM killer ({@code oom:no-oom-killer}, the model before the OOM killer) and never with it
 * (the 100-seed pass is {@code FixedVariantsPassTest}'s).
 */
class SustainedPressureTest {
    @Test
    void withoutAnOomKillerEverySeedEndsOutOfMemory() {
        EngineExecutionResults r = TckRun.named("sustained-no-oom-killer").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "deadlock/s1-sustained-anon-pressure")
                .param("reclaimtck.rules", "DL-1").param("reclaimtck.variant", "oom:no-oom-killer").execute();

        assertThat(Outcomes.failedSeeds(r, S1SustainedPressureCase.class, "DL-1")).hasSize(16);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.outcomeKind()).isEqualTo("OUT_OF_MEMORY"));
    }
}
