package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.providers.CrashingProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * A provider that throws out of boot() is one error, reported in full on the first run, not one per (rule, case,
 * seed): every later run that throws the same is aborted with one line naming the run it was reported on. The engine
 * itself carries on.
 */
class ProviderCrashTest {
    @Test
    void bootExceptionIsReportedOnceAndTheOtherRunsPointAtIt() {
        EngineExecutionResults r = TckRun.named("crashing").provider(CrashingProvider.class)
                .param("reclaimtck.rules", "RT-3,RT-7").param("reclaimtck.seeds", "2").execute();

        r.containerEvents().assertStatistics(s -> s.failed(0));
        r.testEvents().assertStatistics(s -> s.started(6).failed(1).aborted(5));
        assertThat(Outcomes.violations(r)).singleElement().satisfies(v -> {
            assertThat(v.outcomeKind()).isEqualTo("PROVIDER_CRASH");
            assertThat(v.seed()).isEqualTo(1);
            assertThat(v.getCause()).isInstanceOf(IllegalStateException.class);
            assertThat(v.getMessage()).contains("boot() threw java.lang.IllegalStateException: Kernel panic - not"
                    + " syncing: VFS: Unable to mount root fs");
        });
        String first = Outcomes.violations(r).get(0).caseId() + " [" + Outcomes.violations(r).get(0).ruleId()
                + "] seed 1";
        assertThat(r.testEvents().aborted().stream().map(e -> e.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse("")))
                .hasSize(5).containsOnly("not judged: the provider's boot() threw java.lang.IllegalStateException:"
                        + " Kernel panic - not syncing: VFS: Unable to mount root fs (reported once, on " + first + ")");
    }

    @Test
    void aProviderThatCannotBootGivesOneFailureGroupPerRuleAtMostAt64Seeds() throws Exception {
        TckRun run = TckRun.named("crashing-64").provider(CrashingProvider.class).param("reclaimtck.seeds", "64");
        EngineExecutionResults r = run.execute();

        r.testEvents().assertStatistics(s -> s.failed(1));
        String md = Files.readString(run.reportDir().resolve("report.md"));
        assertThat(md.length()).isLessThan(100_000);
        assertThat(md.split("\n### ", -1)).as("one failure group in all").hasSize(2);
        assertThat(md).containsOnlyOnce("1 failing run, 1 root cause.");
        List<String> failureFiles;
        try (var files = Files.list(run.reportDir().resolve("failures"))) {
            failureFiles = files.map(f -> f.getFileName().toString()).toList();
        }
        assertThat(failureFiles).hasSize(1);
    }
}
