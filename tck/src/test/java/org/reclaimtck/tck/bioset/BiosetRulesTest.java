package org.reclaimtck.tck.bioset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.suites.deadlock.S9NestedSplitCase;
import org.reclaimtck.tck.suites.forward.S9BiosetReserveCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * S9's nested splitting through the engine: a bio set without a rescuer ({@code block:bioset-no-rescuer}) fails DL-1
 * on every seed, with the cycle {@code dd -> dd} through {@code md->bs(dm-0)} and the bios on its own
 * {@code current->bio_list}, and MEMPOOL-2 with the nested allocation; bio sets without a reserve
 * ({@code block:bioset-no-reserve}) fail BIO-1 on every seed; the kernel's bio sets pass all three over 100 seeds.
 */
class BiosetRulesTest {
    @Test
    void aBiosetWithoutARescuerDeadlocksTheNestedSplitOnEverySeed() {
        EngineExecutionResults r = TckRun.named("bioset-no-rescuer").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "deadlock/s9-bioset-nested-split")
                .param("reclaimtck.variant", "block:bioset-no-rescuer").execute();

        assertThat(Outcomes.failedSeeds(r, S9NestedSplitCase.class, "DL-1"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.failedSeeds(r, S9NestedSplitCase.class, "MEMPOOL-2"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).filteredOn(v -> v.getMessage().contains("DL-1 (MUST)")).allSatisfy(v -> {
            assertThat(v.getMessage()).contains("the trace ends with the wait-for cycle dd -> dd")
                    .contains("dd waits in mempool_alloc on md->bs(dm-0)")
                    .contains("element held by bio on current->bio_list of the same task: dd holds 8 elements of"
                            + " md->bs(dm-0)")
                    .contains("no rescuer (BIOSET_NEED_RESCUER)");
            assertThat(v.variants()).containsEntry("block", "bioset-no-rescuer");
        });
        assertThat(Outcomes.violations(r)).filteredOn(v -> v.getMessage().contains("MEMPOOL-2 (MUST)"))
                .allSatisfy(v -> assertThat(v.getMessage())
                        .contains("dd allocates from mempool md->bs(dm-1) holding an element of it"));
    }

    @Test
    void theKernelsBiosetsPassTheNestedSplitOver100Seeds() {
        EngineExecutionResults r = TckRun.named("bioset-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "deadlock/s9-bioset-nested-split").param("reclaimtck.seeds", "100")
                .execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, S9NestedSplitCase.class, "DL-1")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, S9NestedSplitCase.class, "MEMPOOL-2")).hasSize(100);
    }

    @Test
    void biosetsWithoutAReserveStopTheWritersOnEverySeed() {
        EngineExecutionResults r = TckRun.named("bioset-no-reserve").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/s9-bioset-reserve")
                .param("reclaimtck.variant", "block:bioset-no-reserve").execute();

        assertThat(Outcomes.failedSeeds(r, S9BiosetReserveCase.class, "BIO-1"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.getMessage()).contains("BIO-1 (MUST)").containsPattern("no bio completed for \\d+\\.\\d+ s")
                    .contains("until the run ended").containsPattern("wait mempool (blkdev_dio_pool|md->bs\\(dm-[01]\\))")
                    .contains("since the page allocator first failed a bio set's mempool");
            assertThat(v.variants()).containsEntry("block", "bioset-no-reserve");
        });
    }

    @Test
    void theKernelsBiosetsKeepTheWritersGoingOver100Seeds() {
        EngineExecutionResults r = TckRun.named("bioset-reserve-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/s9-bioset-reserve").param("reclaimtck.seeds", "100")
                .execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, S9BiosetReserveCase.class, "BIO-1")).hasSize(100);
    }
}
