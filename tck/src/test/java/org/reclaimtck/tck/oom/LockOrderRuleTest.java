package org.reclaimtck.tck.oom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.suites.deadlock.LockOrderCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * DEP-4 through the engine: an ABBA order taken in turn (never deadlocking) and two locks of one class nested each
 * fail it in one run, with lockdep's reports; one order and read-over-read pass; the reference's S1 stack passes.
 */
class LockOrderRuleTest {
    private static EngineExecutionResults run(String name, Class<?>... cases) {
        TckRun r = TckRun.named(name).provider(ReferenceKernelProvider.class);
        for (Class<?> c : cases) {
            r = r.select(selectClass(c));
        }
        return r.execute();
    }

    @Test
    void anAbbaOrderTakenInTurnFailsDep4WithTheCircularReport() {
        EngineExecutionResults r = run("dep4-abba", LockOrderCases.AbbaInTurn.class);

        assertThat(Outcomes.failedSeeds(r, LockOrderCases.AbbaInTurn.class, "DEP-4")).containsExactly(1L);
        assertThat(Outcomes.violations(r)).singleElement().satisfies(v -> {
            assertThat(v.outcomeKind()).isEqualTo("COMPLETED");
            assertThat(v.getMessage()).contains("among lock classes alone")
                    .contains("&sb->s_type->i_mutex_key").contains("&type->s_umount_key")
                    .contains("possible circular locking dependency detected");
        });
    }

    @Test
    void twoLocksOfOneClassNestedFailDep4AsRecursiveLocking() {
        EngineExecutionResults r = run("dep4-recursive", LockOrderCases.SameClassNested.class);

        assertThat(Outcomes.failedSeeds(r, LockOrderCases.SameClassNested.class, "DEP-4")).containsExactly(1L);
        assertThat(Outcomes.violations(r)).singleElement().satisfies(v -> assertThat(v.getMessage())
                .contains("possible recursive locking detected")
                .contains("rename takes &sb->s_type->i_mutex_key holding &sb->s_type->i_mutex_key"));
    }

    @Test
    void oneOrderAndReadOverReadPassAndSoDoesTheReferenceStack() {
        EngineExecutionResults r = TckRun.named("dep4-clean").provider(ReferenceKernelProvider.class)
                .select(selectClass(LockOrderCases.Ordered.class)).select(selectClass(LockOrderCase.class)).execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).succeeded(2));
        assertThat(Outcomes.passedSeeds(r, LockOrderCases.Ordered.class, "DEP-4")).containsExactly(1L);
        assertThat(Outcomes.passedSeeds(r, LockOrderCase.class, "DEP-4")).containsExactly(1L);
    }
}
