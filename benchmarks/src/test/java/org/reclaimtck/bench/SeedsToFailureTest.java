package org.reclaimtck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.SchedulePolicy;

/** PCT pulls its weight on the memory-pressure deadlocks (docs/search.md), and the defaults never fail. */
class SeedsToFailureTest {
    private final KernelProvider provider = new ReferenceKernelProvider();

    @Test
    void pctFindsTheLoopWorkerDeadlockOnAtLeastAQuarterOfTheSeeds() {
        SeedsToFailure.Target s2 = SeedsToFailure.TARGETS.get(1);
        assertThat(s2.variant()).isEqualTo("loop:no-noio");
        int failing = 0;
        for (long seed = 1; seed <= 40; seed++) {
            failing += SeedsToFailure.fails(provider, s2, s2.variant(), SchedulePolicy.PCT, seed) ? 1 : 0;
        }
        assertThat(failing).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theDefaultsPassUnderEveryStrategy() {
        for (SeedsToFailure.Target t : SeedsToFailure.TARGETS) {
            for (SchedulePolicy p : SeedsToFailure.POLICIES) {
                for (long seed = 1; seed <= 10; seed++) {
                    assertThat(SeedsToFailure.fails(provider, t, null, p, seed)).as("%s %s seed %d", t.caseId(), p, seed)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void meanSeedsToFirstFailureWrapsAround() {
        assertThat(SeedsToFailure.meanStf(new boolean[] {true, false, false, false})).isEqualTo(2.5);
        assertThat(SeedsToFailure.meanStf(new boolean[] {true, true})).isEqualTo(1.0);
    }
}
