package org.reclaimtck.tck.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.oracles.dependency.DependencyReport;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** The worked example of docs/writing-cases.md: the dependency oracle catches the driver in one run, no pressure. */
class BlockDriverExampleTest {
    @Test
    void theGfpKernelDriverFailsDep1AndDep2InItsOneSeedAndTheNoioDriverPasses() {
        EngineExecutionResults r = TckRun.named("example-blkdrv").provider(ReferenceKernelProvider.class)
                .select(selectClass(BlockDriverGfpKernelCase.class)).select(selectClass(BlockDriverGfpNoioCase.class))
                .execute();

        r.testEvents().assertStatistics(s -> s.started(4).failed(2).succeeded(2));
        assertThat(Outcomes.failedSeeds(r, BlockDriverGfpKernelCase.class, "DEP-1")).containsExactly(1L);
        assertThat(Outcomes.failedSeeds(r, BlockDriverGfpKernelCase.class, "DEP-2")).containsExactly(1L);
        assertThat(Outcomes.passedSeeds(r, BlockDriverGfpNoioCase.class, "DEP-1")).containsExactly(1L);
        assertThat(Outcomes.passedSeeds(r, BlockDriverGfpNoioCase.class, "DEP-2")).containsExactly(1L);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.caseId()).isEqualTo("blkdrv/gfp-kernel-in-completion");
            assertThat(v.outcomeKind()).isEqualTo("COMPLETED");
        }).extracting(RuleViolation::ruleId).containsExactlyInAnyOrder("DEP-1", "DEP-2");
    }

    @Test
    void theCycleRunsThroughTheTransactionTheRequestAndReclaimOnEverySeed() {
        for (long seed = 1; seed <= 20; seed++) {
            DependencyReport buggy = DependencyOracle.analyze(run(new BlockDriverGfpKernelCase(), seed));
            assertThat(buggy.cycles()).as("seed %d", seed).singleElement().satisfies(c -> {
                assertThat(c.classes()).containsExactly("fs_reclaim", "A->log", "blkdrv_request->done");
                assertThat(c.throughReclaim()).isTrue();
                assertThat(c.throughCompletion()).isTrue();
            });
            assertThat(DependencyOracle.analyze(run(new BlockDriverGfpNoioCase(), seed)).cycles()).isEmpty();
        }
    }

    private static RunResult run(BlockDriverCompletionCase c, long seed) {
        MachineSpec.Builder b = MachineSpec.builder();
        c.machine(b);
        Kernel k = new ReferenceKernelProvider().boot(b.seed(seed).build());
        c.workload(k);
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        return r;
    }
}
