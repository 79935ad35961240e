package org.reclaimtck.tck.oracles.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.tck.workloads.StorageScenarios;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * The oracle on the reference's S1, S2, S3 on ample memory with the reclaim probe: each buggy variant gives its
 * cycle in every one of 20 seeds (the run itself completes), and the fixed kernels give nothing.
 */
class DependencyScenariosTest {
    private static final int SEEDS = 20;

    private interface Scenario {
        void run(Kernel k, boolean pressure, boolean probe);
    }

    private static RunResult run(Scenario scenario, long seed, String... variants) {
        MachineSpec.Builder b = MachineSpec.builder();
        StorageStacks.machine(b, false, 100);
        for (int i = 0; i < variants.length; i += 2) {
            b.variant(variants[i], variants[i + 1]);
        }
        Kernel k = new ReferenceKernelProvider().boot(b.seed(seed).build());
        scenario.run(k, false, true);
        RunResult r = k.run();
        assertThat(r.outcome().kind()).as("ample memory: the run completes").isEqualTo(OutcomeKind.COMPLETED);
        return r;
    }

    private static void everySeedFinds(Scenario scenario, List<String> cycle, boolean usage, String... variants) {
        for (long seed = 1; seed <= SEEDS; seed++) {
            DependencyReport r = DependencyOracle.analyze(run(scenario, seed, variants));
            assertThat(r.cycles()).as("seed %d", seed).singleElement()
                    .satisfies(c -> assertThat(c.classes()).isEqualTo(cycle));
            assertThat(r.reclaimCycles()).as("DEP-1, seed %d", seed).hasSize(1);
            assertThat(r.usageBugs()).as("DEP-3, seed %d", seed).hasSize(usage ? 1 : 0);
        }
    }

    @Test
    void s1DmBufioWritingUnderGfpIoClosesIoReclaimThroughDm0AndTheLog() {
        everySeedFinds(StorageScenarios::s1, List.of("io_reclaim", "bio:dm-0", "A->log"), false, "dm-bufio", "gfp-io");
        DependencyReport r = DependencyOracle.analyze(run(StorageScenarios::s1, 1, "dm-bufio", "gfp-io"));
        assertThat(r.completionCycles()).hasSize(1);
        assertThat(r.render()).as("the lockdep-style report names the chain").contains("io_reclaim", "dm-0");
    }

    @Test
    void s2LoopWorkerAllocatingGfpKernelClosesFsReclaimThroughDm0() {
        everySeedFinds(StorageScenarios::s2, List.of("fs_reclaim", "bio:dm-0"), false, "dm-bufio", "gfp-fs", "loop",
                "no-noio");
    }

    @Test
    void s3TransactionWithoutNofsScopeClosesFsReclaimThroughTheLogAndIsAnInconsistentUsage() {
        everySeedFinds(StorageScenarios::s3, List.of("fs_reclaim", "A->log"), true, "xfs", "no-nofs-scope");
        InconsistentUsage u = DependencyOracle.analyze(run(StorageScenarios::s3, 1, "xfs", "no-nofs-scope"))
                .usageBugs().get(0);
        assertThat(u.lockClass()).isEqualTo("A->log");
        assertThat(u.state()).isEqualTo("RECLAIM_FS");
    }

    @Test
    void theFixedKernelsGiveNothing() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            assertThat(DependencyOracle.analyze(run(StorageScenarios::s1, seed)).cycles()).isEmpty();
            assertThat(DependencyOracle.analyze(run(StorageScenarios::s1, seed, "dm-bufio", "gfp-fs")).cycles())
                    .as("S1 with 9d28eb12447e as merged").isEmpty();
            assertThat(DependencyOracle.analyze(run(StorageScenarios::s2, seed, "dm-bufio", "gfp-fs")).cycles())
                    .isEmpty();
            DependencyReport s3 = DependencyOracle.analyze(run(StorageScenarios::s3, seed));
            assertThat(s3.cycles()).isEmpty();
            assertThat(s3.usageBugs()).isEmpty();
        }
    }
}
