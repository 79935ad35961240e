package org.reclaimtck.tck.testkit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.engine.descriptor.TckIds;

/** Reads the kit's verdicts out of EngineTestKit events: violations, failed and passed rule ids, the engine's failure. */
public final class Outcomes {
    private Outcomes() {
    }

    /** The RuleViolation of every failed seed test, in execution order. */
    public static List<RuleViolation> violations(EngineExecutionResults r) {
        return r.testEvents().failed().stream().map(Outcomes::throwable).map(RuleViolation.class::cast)
                .collect(Collectors.toList());
    }

    public static Set<String> failedRules(EngineExecutionResults r) {
        return rules(r.testEvents().failed().stream().collect(Collectors.toList()));
    }

    public static Set<String> passedRules(EngineExecutionResults r) {
        return rules(r.testEvents().succeeded().stream().collect(Collectors.toList()));
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
