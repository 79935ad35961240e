package org.reclaimtck.tck.mempool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.suites.allocator.MempoolReserveCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * MEMPOOL-1 and MEMPOOL-2 through the engine: a pool that fails instead of waiting ({@code mempool:fails}) fails
 * MEMPOOL-1 on every seed, naming the caller and its mask; a user taking two elements of one pool fails MEMPOOL-2 with
 * the report of both allocations; the kernel's mempools pass both over 100 seeds.
 */
class MempoolRulesTest {
    @Test
    void aPoolThatFailsInsteadOfWaitingFailsMempool1OnEverySeed() {
        EngineExecutionResults r = TckRun.named("mempool-fails").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "allocator/mempool-reserve").param("reclaimtck.rules", "MEMPOOL-1")
                .param("reclaimtck.variant", "mempool:fails").execute();

        assertThat(Outcomes.failedSeeds(r, MempoolReserveCase.class, "MEMPOOL-1"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.getMessage()).contains("MEMPOOL-1 (MUST)").contains("mempool_alloc_fail pool=fs_bio_set")
                    .containsPattern("task dd[0-3] may block \\(gfp=GFP_NOIO\\), yet got NULL");
            assertThat(v.variants()).containsEntry("mempool", "fails");
        });
    }

    @Test
    void takingASecondElementWhileHoldingOneFailsMempool2EvenWhenItDoesNotDeadlock() {
        EngineExecutionResults r = TckRun.named("mempool-nested").provider(ReferenceKernelProvider.class)
                .select(selectClass(NestedMempoolCase.class)).execute();

        assertThat(Outcomes.failedSeeds(r, NestedMempoolCase.class, "MEMPOOL-2")).containsExactly(1L);
        assertThat(Outcomes.violations(r)).singleElement().satisfies(v -> {
            assertThat(v.outcomeKind()).isEqualTo("COMPLETED");
            assertThat(v.getMessage()).contains("splitter allocates from mempool fs_bio_set holding an element of it")
                    .contains("WARNING: possible mempool deadlock detected")
                    .contains("mempool_alloc pool=fs_bio_set gfp=GFP_NOIO element=").contains("K-MEMPOOL-3");
        });
    }

    @Test
    void theKernelsMempoolsPassBothRulesOver100Seeds() {
        EngineExecutionResults r = TckRun.named("mempool-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "allocator/mempool-reserve").param("reclaimtck.seeds", "100").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, MempoolReserveCase.class, "MEMPOOL-1")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, MempoolReserveCase.class, "MEMPOOL-2")).hasSize(100);
    }
}
