package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.suites.contract.LogSpaceWaitCase;
import org.reclaimtck.tck.suites.contract.StorageTraceCase;
import org.reclaimtck.tck.suites.contract.TrylockCase;
import org.reclaimtck.tck.suites.deadlock.S1DependencyCase;
import org.reclaimtck.tck.suites.deadlock.S2DependencyCase;
import org.reclaimtck.tck.suites.deadlock.S3DependencyCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * The dependency cases through the engine: each buggy S1, S2, S3 fails its DEP rules in its single seed on ample
 * memory; with every fix they pass; the reference meets the trace contract.
 */
class DependencyRulesTest {
    private static EngineExecutionResults run(String name, String cases, String variant) {
        TckRun run = TckRun.named(name).provider(ReferenceKernelProvider.class).param("reclaimtck.case", cases)
                .param("reclaimtck.seeds", "16");
        return (variant == null ? run : run.param("reclaimtck.variant", variant)).execute();
    }

    private static void failsInItsOnlySeed(EngineExecutionResults r, Class<?> type, String caseId,
                                           List<String> failed, List<String> passed, Map<String, String> variants) {
        assertThat(Outcomes.failedRules(r)).containsExactlyElementsOf(failed);
        assertThat(Outcomes.passedRules(r)).containsExactlyElementsOf(passed);
        for (String rule : failed) {
            assertThat(Outcomes.failedSeeds(r, type, rule)).as(rule).containsExactly(1L);
        }
        for (String rule : passed) {
            assertThat(Outcomes.passedSeeds(r, type, rule)).as(rule).containsExactly(1L);
        }
        List<RuleViolation> violations = Outcomes.violations(r);
        assertThat(violations).extracting(RuleViolation::ruleId).containsExactlyInAnyOrderElementsOf(failed);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.caseId()).isEqualTo(caseId);
            assertThat(v.seed()).isEqualTo(1L);
            assertThat(v.outcomeKind()).as("no deadlock happened: ample memory").isEqualTo("COMPLETED");
            assertThat(v.cycle()).isEmpty();
            assertThat(v.variants()).containsAllEntriesOf(variants);
        });
    }

    @Test
    void s1WithDmBufioWritingUnderGfpIoFailsDep1AndDep2InOneSeed() {
        EngineExecutionResults r = run("dep-s1-gfp-io", "deadlock/s1-dependency-graph", "dm-bufio:gfp-io");
        failsInItsOnlySeed(r, S1DependencyCase.class, "deadlock/s1-dependency-graph", List.of("DEP-1", "DEP-2"),
                List.of("DEP-3"), Map.of("dm-bufio", "gfp-io"));
    }

    @Test
    void s2WithTheLoopWorkerOutsideNoioFailsDep1AndDep2InOneSeed() {
        EngineExecutionResults r = run("dep-s2-no-noio", "deadlock/s2-dependency-graph", "loop:no-noio");
        failsInItsOnlySeed(r, S2DependencyCase.class, "deadlock/s2-dependency-graph", List.of("DEP-1", "DEP-2"),
                List.of("DEP-3"), Map.of("loop", "no-noio", "dm-bufio", "gfp-fs"));
    }

    @Test
    void s3WithTransactionsOutsideNofsFailsDep1AndDep3InOneSeed() {
        EngineExecutionResults r = run("dep-s3-no-nofs", "deadlock/s3-dependency-graph", "xfs:no-nofs-scope");
        failsInItsOnlySeed(r, S3DependencyCase.class, "deadlock/s3-dependency-graph", List.of("DEP-1", "DEP-3"),
                List.of("DEP-2"), Map.of("xfs", "no-nofs-scope"));
    }

    @Test
    void withEveryFixTheDependencyCasesPassInTheirOneSeed() {
        EngineExecutionResults r = run("dep-fixed", "deadlock/s1-dependency-graph,deadlock/s2-dependency-graph,"
                + "deadlock/s3-dependency-graph", null);

        r.testEvents().assertStatistics(s -> s.started(9).succeeded(9).failed(0));
        for (Class<?> c : List.of(S1DependencyCase.class, S2DependencyCase.class, S3DependencyCase.class)) {
            for (String rule : List.of("DEP-1", "DEP-2", "DEP-3")) {
                assertThat(Outcomes.passedSeeds(r, c, rule)).as(c.getSimpleName() + " " + rule).containsExactly(1L);
            }
        }
    }

    @Test
    void theReferenceMeetsTheTraceContract() {
        EngineExecutionResults r = run("trace-contract", "trace-contract/*", null);

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedRules(r)).containsExactlyInAnyOrder("TRACE-1", "TRACE-2", "TRACE-3", "TRACE-4",
                "TRACE-5", "TRACE-6", "RT-8");
        assertThat(Outcomes.passedSeeds(r, StorageTraceCase.class, "TRACE-6")).hasSize(16);
        assertThat(Outcomes.passedSeeds(r, StorageTraceCase.class, "RT-8")).hasSize(16);
        assertThat(Outcomes.passedSeeds(r, LogSpaceWaitCase.class, "TRACE-4")).hasSize(16);
        assertThat(Outcomes.passedSeeds(r, TrylockCase.class, "TRACE-5")).hasSize(16);
    }
}
