package org.reclaimtck.tck.bioset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    private static final List<Long> EVERY_SEED = LongStream.rangeClosed(1, 16).boxed().toList();

    /** The case at its default 16 seeds (or {@code seeds}), with {@code variant} if not null. */
    private static EngineExecutionResults run(String caseId, String variant, String seeds) {
        TckRun run = TckRun.named(caseId + (variant == null ? "" : " " + variant))
                .provider(ReferenceKernelProvider.class).param("reclaimtck.case", caseId);
        if (variant != null) {
            run.param("reclaimtck.variant", variant);
        }
        if (seeds != null) {
            run.param("reclaimtck.seeds", seeds);
        }
        return run.execute();
    }

    @Test
    void aBiosetWithoutARescuerDeadlocksTheNestedSplitOnEverySeed() {
        EngineExecutionResults r = run("deadlock/s9-bioset-nested-split", "block:bioset-no-rescuer", null);

        assertThat(Outcomes.failedSeeds(r, S9NestedSplitCase.class, "DL-1")).isEqualTo(EVERY_SEED);
        assertThat(Outcomes.failedSeeds(r, S9NestedSplitCase.class, "MEMPOOL-2")).isEqualTo(EVERY_SEED);
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
        EngineExecutionResults r = run("deadlock/s9-bioset-nested-split", null, "100");

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, S9NestedSplitCase.class, "DL-1")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, S9NestedSplitCase.class, "MEMPOOL-2")).hasSize(100);
    }

    @Test
    void biosetsWithoutAReserveStopTheWritersOnEverySeed() {
        EngineExecutionResults r = run("forward-progress/s9-bioset-reserve", "block:bioset-no-reserve", null);

        assertThat(Outcomes.failedSeeds(r, S9BiosetReserveCase.class, "BIO-1")).isEqualTo(EVERY_SEED);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.getMessage()).contains("BIO-1 (MUST)").containsPattern("no bio completed for \\d+\\.\\d+ s")
                    .contains("until the run ended").containsPattern("wait mempool (blkdev_dio_pool|md->bs\\(dm-[01]\\))")
                    .contains("since the page allocator first failed a bio set's mempool");
            assertThat(v.variants()).containsEntry("block", "bioset-no-reserve");
        });
    }

    @Test
    void theKernelsBiosetsKeepTheWritersGoingOver100Seeds() {
        EngineExecutionResults r = run("forward-progress/s9-bioset-reserve", null, "100");

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, S9BiosetReserveCase.class, "BIO-1")).hasSize(100);
    }
}
