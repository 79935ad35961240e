package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.providers.NondeterministicProvider;
import org.reclaimtck.tck.providers.OopsProvider;
import org.reclaimtck.tck.suites.recursion.TransactionAllocationCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * Verdicts the kit can stand behind: a trace rule never passes a run that ended in a task's exception (it is
 * inconclusive, and says so), and every case's first seed is run twice, so a provider that ignores the seed fails RT-1
 * in a case that is not a runtime case.
 */
class VerdictsTest {
    @Test
    void aRunEndedByATaskExceptionIsInconclusiveForATraceRule() {
        EngineExecutionResults r = TckRun.named("oops").provider(OopsProvider.class)
                .param("reclaimtck.rules", "SCOPE-3").param("reclaimtck.seeds", "2")
                .select(selectClass(TransactionAllocationCase.class)).execute();

        r.testEvents().assertStatistics(s -> s.started(2).aborted(2).succeeded(0).failed(0));
        List<String> messages = r.testEvents().aborted().stream().map(e -> e.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse("")).toList();
        assertThat(messages).allSatisfy(m -> assertThat(m)
                .startsWith("inconclusive: the run ended in an implementation error: task oops threw")
                .contains(OopsProvider.BUG)
                .contains("; replay: mvn -B verify -Pconformance -Dreclaimtck.provider=" + OopsProvider.class.getName()
                        + " -Dreclaimtck.case=recursion-scope/transaction-allocation -Dreclaimtck.rules=SCOPE-3"
                        + " -Dreclaimtck.seed=")
                .doesNotContain("\n"));
    }

    @Test
    void aProviderThatIgnoresTheSeedFailsRt1InACaseThatIsNotARuntimeCase() {
        EngineExecutionResults r = TckRun.named("nondeterministic-any-case")
                .provider(NondeterministicProvider.class).param("reclaimtck.rules", "SCOPE-3")
                .param("reclaimtck.seeds", "3").select(selectClass(TransactionAllocationCase.class)).execute();

        RuleViolation v = Outcomes.violations(r).stream().findFirst().orElseThrow();
        assertThat(Outcomes.violations(r)).hasSize(1);
        assertThat(v.ruleId()).isEqualTo("RT-1");
        assertThat(v.caseId()).isEqualTo("recursion-scope/transaction-allocation");
        assertThat(v.seed()).isEqualTo(1);
        assertThat(v.getMessage())
                .startsWith("RT-1 violated: a second run of recursion-scope/transaction-allocation with seed 1 has"
                        + " trace hash ")
                .contains("docs/rules.md#RT-1", "first divergence: event #")
                .contains("trace hash " + v.traceHash().orElseThrow())
                .endsWith("replay: " + v.replayCommand());
        assertThat(v.replayCommand()).endsWith("-Dreclaimtck.rules=SCOPE-3 -Dreclaimtck.seed=1");
    }
}
