package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.providers.CrashingProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** A provider that throws out of boot() fails every case with its exception; the engine itself carries on. */
class ProviderCrashTest {
    @Test
    void bootExceptionFailsEachCaseWithTheCause() {
        EngineExecutionResults r = TckRun.named("crashing").provider(CrashingProvider.class)
                .param("reclaimtck.rules", "RT-3,RT-7").param("reclaimtck.seeds", "1").execute();

        r.containerEvents().assertStatistics(s -> s.failed(0));
        r.testEvents().assertStatistics(s -> s.started(3).failed(3));
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.outcomeKind()).isEqualTo("PROVIDER_CRASH");
            assertThat(v.getCause()).isInstanceOf(IllegalStateException.class);
            assertThat(v.getMessage()).contains("boot() threw java.lang.IllegalStateException: Kernel panic - not"
                    + " syncing: VFS: Unable to mount root fs");
        });
    }
}
