package org.reclaimtck.tck.rcu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.suites.rcu.KfreeRcuFloodCase;
import org.reclaimtck.tck.suites.rcu.RcuJudge;
import org.reclaimtck.tck.suites.rcu.ShrinkerWalkCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * RCU-1 and RCU-2 through the engine (S10): without the rcu-kfree shrinker ({@code rcu:no-kfree-shrinker}) the flood
 * OOM-kills with pages on the batch on every seed; a reader that sleeps in its section fails RCU-1 with both events;
 * a grace period that does not wait for a reader fails RCU-3; the kernel's RCU passes all three over 100 seeds.
 */
class RcuRulesTest {
    @Test
    void withoutTheKfreeShrinkerTheFloodFailsRcu2OnEverySeed() {
        EngineExecutionResults r = TckRun.named("rcu-no-shrinker").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/kfree-rcu-flood").param("reclaimtck.rules", "RCU-2")
                .param("reclaimtck.variant", "rcu:no-kfree-shrinker").execute();

        assertThat(Outcomes.failedSeeds(r, KfreeRcuFloodCase.class, "RCU-2"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.getMessage()).contains("RCU-2 (MUST)").contains("mark_victim")
                    .containsPattern("with \\d+ pages freed by kvfree_rcu still on the batch");
            assertThat(v.variants()).containsEntry("rcu", "no-kfree-shrinker");
        });
    }

    @Test
    void aReaderThatSleepsInItsSectionFailsRcu1() {
        EngineExecutionResults r = TckRun.named("rcu-sleep").provider(ReferenceKernelProvider.class)
                .select(selectClass(SleepInReadSectionCase.class)).execute();

        assertThat(Outcomes.failedSeeds(r, SleepInReadSectionCase.class, "RCU-1")).containsExactly(1L);
        assertThat(Outcomes.violations(r)).singleElement().satisfies(v -> {
            assertThat(v.outcomeKind()).isEqualTo("COMPLETED");
            assertThat(v.getMessage()).contains("task lookup slept inside an RCU read-side critical section")
                    .contains("wait mutex dentry_lock").contains("lock rcu_read_lock rcu_read_lock");
        });
    }

    /** The shrinker walk that stays in its section ({@code vmscan:shrink-slab-in-rcu-section}) fails RCU-1. */
    @Test
    void aShrinkerWalkThatCallsShrinkersInsideItsSectionFailsRcu1OnEverySeed() {
        EngineExecutionResults r = TckRun.named("rcu-shrinker-walk").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/rcu-shrinker-walk")
                .param("reclaimtck.variant", "vmscan:shrink-slab-in-rcu-section").execute();

        assertThat(Outcomes.failedSeeds(r, ShrinkerWalkCase.class, "RCU-1"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage()).contains("RCU-1 (MUST)")
                .containsPattern("task (memhog|kswapd0) took a sleeping lock \\(might_sleep\\) inside an RCU read-side"
                        + " critical section, in page-pool scan_objects: .*lock mutex pool->lock")
                .contains("the section began at").contains("rcu_read_lock"));
    }

    @Test
    void theKernelsShrinkerWalkPassesRcu1Over100Seeds() {
        EngineExecutionResults r = TckRun.named("rcu-shrinker-walk-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/rcu-shrinker-walk").param("reclaimtck.seeds", "100")
                .execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, ShrinkerWalkCase.class, "RCU-1")).hasSize(100);
    }

    @Test
    void theKernelsRcuPassesBothRulesOver100Seeds() {
        EngineExecutionResults r = TckRun.named("rcu-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/kfree-rcu-flood").param("reclaimtck.seeds", "100")
                .execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, KfreeRcuFloodCase.class, "RCU-1")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, KfreeRcuFloodCase.class, "RCU-2")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, KfreeRcuFloodCase.class, "RCU-3")).hasSize(100);
    }

    /** What a kernel whose grace periods ignore readers traces: RCU-3 reads the open section from the lock events. */
    @Test
    void aGracePeriodThatEndsBeforeAPreexistingReaderLeftAndABatchFreedWithoutOneFailRcu3() {
        List<TraceEvent> trace = List.of(
                new TraceEvent.LockAcquired(1, "reader", LockKind.RCU_READ, "rcu_read_lock", "rcu_read_lock", false),
                new TraceEvent.RcuGracePeriod(2, "rcu_preempt", 1, true, List.of()),
                new TraceEvent.RcuGracePeriod(3, "rcu_preempt", 1, false, List.of()),
                new TraceEvent.LockReleased(4, "reader", LockKind.RCU_READ, "rcu_read_lock", "rcu_read_lock"),
                new TraceEvent.KvfreeRcu(5, "kswapd0", 32, TraceEvent.KvfreeRcu.Stage.DRAIN),
                new TraceEvent.KvfreeRcu(6, "kswapd0", 32, TraceEvent.KvfreeRcu.Stage.FREE));

        assertThat(new RcuJudge(trace).gracePeriodsThatDidNotWait()).satisfiesExactly(
                gp -> assertThat(gp).contains("rcu_grace_period gp_seq=1 end while reader was still in the read-side"
                        + " section it entered before the grace period started"),
                free -> assertThat(free).contains("rcu_invoke_kvfree_callback pages=32: freed without a grace period"
                        + " that started after the batch was drained"));
    }
}
