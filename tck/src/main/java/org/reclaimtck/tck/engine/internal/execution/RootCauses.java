package org.reclaimtck.tck.engine.internal.execution;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.report.FailureGroup;
import org.reclaimtck.tck.report.FailureRecord;

/**
 * The root causes seen so far, per (rule, case), by {@link FailureGroup#signature}: the first failing seed of a cause
 * is reported in full; a later seed failing the same way gets a short message naming it (its own full text is in
 * its failure file), so one bug at 64 seeds does not draw its cycle 64 times on the console.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RootCauses {
    private final Map<String, String> firstBySignature = new ConcurrentHashMap<>();

    /** Empty if {@code v} is the first failure of its cause for its rule and case, else that first seed. */
    Optional<Long> firstSeedBefore(RuleViolation v) {
        FailureRecord f = new FailureRecord(v.caseId(), v.seed(), v.outcomeKind(), v.traceHash().orElse(null),
                v.replayCommand(), v.getMessage(), v.cycle(), v.waits(), v.variants());
        String key = v.ruleId() + "\u0000" + v.caseId() + "\u0000" + FailureGroup.signature(f);
        String first = firstBySignature.putIfAbsent(key, String.valueOf(v.seed()));
        return first == null || first.equals(String.valueOf(v.seed())) ? Optional.empty()
                : Optional.of(Long.parseLong(first));
    }
}
