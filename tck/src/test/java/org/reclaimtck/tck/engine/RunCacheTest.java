package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.providers.CountingProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** A case that checks two rules runs once per seed; the second rule reuses the result. */
class RunCacheTest {
    @Test
    void eachCaseSeedRunsOnceForAllItsRules() {
        CountingProvider.BOOTS.set(0);
        EngineExecutionResults r = TckRun.named("cache").provider(CountingProvider.class)
                .param("reclaimtck.case", "runtime/abba-mutex").param("reclaimtck.seeds", "3").execute();

        assertThat(Outcomes.passedRules(r)).containsExactly("RT-1", "RT-2");
        r.testEvents().assertStatistics(s -> s.started(6).succeeded(6));
        // 3 shared runs, plus RT-1's rerun of each seed; without the cache it would be 9
        assertThat(CountingProvider.BOOTS.get()).isEqualTo(6);
    }
}
