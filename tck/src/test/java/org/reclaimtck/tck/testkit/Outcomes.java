package org.reclaimtck.tck.testkit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.engine.internal.descriptor.TckIds;
import org.reclaimtck.tck.engine.internal.execution.HarnessTimeout;

/** Reads the kit's verdicts out of EngineTestKit events: violations, failed and passed rule ids, the engine's failure. */
public final class Outcomes {
    private Outcomes() {
    }

    /** The RuleViolation of every failed seed test, in execution order (harness timeouts are not violations). */
    public static List<RuleViolation> violations(EngineExecutionResults r) {
        return r.testEvents().failed().stream().map(Outcomes::throwable)
                .peek(t -> {
                    if (!(t instanceof RuleViolation) && !(t instanceof HarnessTimeout)) {
                        throw new AssertionError("a seed test failed with neither a RuleViolation nor a harness"
                                + " timeout: " + t);
                    }
                })
                .filter(RuleViolation.class::isInstance).map(RuleViolation.class::cast).collect(Collectors.toList());
    }

    /** The harness timeouts (inconclusive runs) among the failed seed tests, in execution order. */
    public static List<HarnessTimeout> harnessTimeouts(EngineExecutionResults r) {
        return r.testEvents().failed().stream().map(Outcomes::throwable).filter(HarnessTimeout.class::isInstance)
                .map(HarnessTimeout.class::cast).collect(Collectors.toList());
    }

    public static Set<String> failedRules(EngineExecutionResults r) {
        return rules(r.testEvents().failed().stream().collect(Collectors.toList()));
    }

    public static Set<String> passedRules(EngineExecutionResults r) {
        return rules(r.testEvents().succeeded().stream().collect(Collectors.toList()));
    }

    /** The seeds of {@code caseType} whose test under {@code ruleId} succeeded. */
    public static List<Long> passedSeeds(EngineExecutionResults r, Class<?> caseType, String ruleId) {
        return seeds(r.testEvents().succeeded().stream().collect(Collectors.toList()), caseType, ruleId);
    }

    /** The seeds of {@code caseType} whose test under {@code ruleId} failed. */
    public static List<Long> failedSeeds(EngineExecutionResults r, Class<?> caseType, String ruleId) {
        return seeds(r.testEvents().failed().stream().collect(Collectors.toList()), caseType, ruleId);
    }

    /** The edge of {@code task} in the violation's wait-for cycle. */
    public static WaitEdge cycleEdge(RuleViolation v, String task) {
        return v.cycle().stream().filter(e -> e.task().equals(task)).findFirst()
                .orElseThrow(() -> new AssertionError(task + " is not in the cycle " + v.cycleTasks()));
    }

    private static List<Long> seeds(List<Event> events, Class<?> caseType, String ruleId) {
        return events.stream().map(e -> e.getTestDescriptor().getUniqueId())
                .filter(id -> caseType.getName().equals(TckIds.value(id, TckIds.CASE))
                        && ruleId.equals(TckIds.value(id, TckIds.RULE)))
                .map(id -> Long.parseLong(TckIds.value(id, TckIds.SEED))).sorted().collect(Collectors.toList());
    }

    /** The throwable of the engine container's failure. */
    public static Throwable engineFailure(EngineExecutionResults r) {
        return r.containerEvents().failed().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().getSegments().size() == 1)
                .map(Outcomes::throwable).findFirst()
                .orElseThrow(() -> new AssertionError("the engine did not fail"));
    }

    public static Throwable throwable(Event e) {
        return e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .orElseThrow(() -> new AssertionError("no throwable in " + e));
    }

    private static Set<String> rules(List<Event> events) {
        return events.stream().map(e -> TckIds.value(e.getTestDescriptor().getUniqueId(), TckIds.RULE))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
