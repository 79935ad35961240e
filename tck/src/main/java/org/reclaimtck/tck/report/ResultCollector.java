package org.reclaimtck.tck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.tck.rules.Rule;

/** Collects per-rule results while the engine executes; the reports are rendered from it at the end. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ResultCollector {
    private final Map<String, RuleRecord> records = new LinkedHashMap<>();

    /** Registers a rule of a suite, so it is reported even if nothing of it runs. */
    public synchronized void rule(String suite, Rule rule) {
        records.computeIfAbsent(key(suite, rule.id()), k -> new RuleRecord(suite, rule));
    }

    public synchronized void passed(String suite, Rule rule, String caseId) {
        record(suite, rule).passed(caseId);
    }

    public synchronized void failed(String suite, Rule rule, FailureRecord failure) {
        record(suite, rule).failed(failure);
    }

    /** A (case, seed) run the harness gave up on (its timeout): inconclusive, counted apart from failures. */
    public synchronized void inconclusive(String suite, Rule rule, FailureRecord timeout) {
        record(suite, rule).inconclusive(timeout);
    }

    public synchronized void notApplicable(String suite, Rule rule, String caseId, String reason) {
        record(suite, rule).notApplicable(caseId, reason);
    }

    public synchronized void skipped(String suite, Rule rule, String caseId, String reason) {
        record(suite, rule).skipped(caseId, reason);
    }

    /** Notes the trace hash (null if the run never finished) a (case, seed) was judged on, for the certificate. */
    public synchronized void judged(String suite, Rule rule, Judgement judgement) {
        record(suite, rule).judged(judgement);
    }

    /** The records in the order the rules were registered. */
    public synchronized List<RuleRecord> records() {
        return new ArrayList<>(records.values());
    }

    private RuleRecord record(String suite, Rule rule) {
        return records.computeIfAbsent(key(suite, rule.id()), k -> new RuleRecord(suite, rule));
    }

    private static String key(String suite, String ruleId) {
        return suite + "\u0000" + ruleId;
    }
}
