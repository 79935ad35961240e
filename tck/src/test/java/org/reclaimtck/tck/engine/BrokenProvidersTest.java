package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.providers.CycleBlindProvider;
import org.reclaimtck.tck.providers.NondeterministicProvider;
import org.reclaimtck.tck.providers.SilentScopesProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** Each deliberately broken provider fails exactly the rule it breaks, with a message a kernel engineer can act on. */
class BrokenProvidersTest {
    @Test
    void cycleBlindFailsRt2WithTheCycleSeedHashAndReplay() {
        EngineExecutionResults r = TckRun.named("cycle-blind").provider(CycleBlindProvider.class)
                .param("reclaimtck.seeds", "4").execute();

        assertThat(Outcomes.failedRules(r)).containsExactly("RT-2");
        List<RuleViolation> failures = Outcomes.violations(r);
        RuleViolation abba = failures.stream().filter(v -> v.caseId().equals("runtime/abba-mutex")).findFirst()
                .orElseThrow();
        assertThat(failures.stream().filter(v -> v.caseId().equals("runtime/abba-mutex"))).hasSize(4);
        assertThat(abba.outcomeKind()).isEqualTo("NO_PROGRESS");
        assertThat(abba.traceHash()).isPresent();
        assertThat(abba.getMessage())
                .startsWith("RT-2 violated: the trace ends with 1 wait-for cycle")
                .contains("docs/rules.md#RT-2", "A wait-for cycle among tasks blocked in mutex_lock() MUST")
                .contains("seed " + abba.seed() + ", trace hash " + abba.traceHash().get())
                .endsWith("replay: " + abba.replayCommand());
        assertThat(abba.cycleTasks()).containsExactlyInAnyOrder("task-a", "task-b");
        WaitEdge a = Outcomes.cycleEdge(abba, "task-a");
        assertThat(a.held()).containsExactly("mutex a (class abba_lock_a)");
        assertThat(a.kind()).isEqualTo(WaitKind.MUTEX);
        assertThat(a.object()).isEqualTo("b");
        assertThat(a.waitsFor()).containsExactly("task-b");
        WaitEdge b = Outcomes.cycleEdge(abba, "task-b");
        assertThat(b.held()).containsExactly("mutex b (class abba_lock_b)");
        assertThat(b.object()).isEqualTo("a");
        assertThat(b.waitsFor()).containsExactly("task-a");
        assertThat(abba.replayCommand()).isEqualTo("mvn -B verify -Pconformance -Dreclaimtck.provider="
                + CycleBlindProvider.class.getName() + " -Dreclaimtck.case=runtime/abba-mutex -Dreclaimtck.rules=RT-2"
                + " -Dreclaimtck.seed=" + abba.seed());

        // one root cause, four seeds: the cycle is drawn once; the later seeds name the first and keep their facts
        assertThat(abba.getMessage()).contains("rebuilt from the trace: ", "last trace events (");
        assertThat(failures.stream().filter(v -> v.caseId().equals("runtime/abba-mutex")).skip(1)).hasSize(3)
                .allSatisfy(v -> {
                    assertThat(v.getMessage()).startsWith("RT-2 violated: the trace ends with 1 wait-for cycle")
                            .contains("same root cause as seed " + abba.seed() + " of runtime/abba-mutex (",
                                    "failures/RT-2-runtime-abba-mutex-seed" + v.seed() + ".md)",
                                    "seed " + v.seed() + ", trace hash " + v.traceHash().orElseThrow())
                            .doesNotContain("rebuilt from the trace", "last trace events (", "outcome reported by")
                            .endsWith("replay: " + v.replayCommand());
                    assertThat(v.cycleTasks()).containsExactlyInAnyOrder("task-a", "task-b");
                });

        List<ReportEntry> entries = r.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow()).toList();
        assertThat(entries.stream().filter(e -> e.getKeyValuePairs().containsKey("reclaimtck.replay")))
                .hasSize(failures.size())
                .anySatisfy(e -> assertThat(e.getKeyValuePairs())
                        .containsEntry("reclaimtck.replay", abba.replayCommand())
                        .containsEntry("reclaimtck.trace-hash", abba.traceHash().get()));
    }

    @Test
    void silentScopesFailScope1() {
        EngineExecutionResults r = TckRun.named("silent-scopes").provider(SilentScopesProvider.class)
                .param("reclaimtck.seeds", "2").execute();

        assertThat(Outcomes.failedRules(r)).containsExactly("SCOPE-1");
        assertThat(Outcomes.passedRules(r)).contains("SCOPE-2");
        RuleViolation v = Outcomes.violations(r).get(0);
        assertThat(v.outcomeKind()).isEqualTo("COMPLETED");
        assertThat(v.getMessage()).contains("no ScopeOrderViolation was thrown: the restore was accepted silently");
    }

    @Test
    void nondeterministicProviderFailsRt1() {
        EngineExecutionResults r = TckRun.named("nondeterministic").provider(NondeterministicProvider.class)
                .param("reclaimtck.rules", "RT-1").param("reclaimtck.seeds", "4").execute();

        assertThat(Outcomes.failedRules(r)).containsExactly("RT-1");
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("a second run of " + v.caseId() + " with seed " + v.seed() + " has trace hash")
                .contains("first divergence: "));
    }
}
