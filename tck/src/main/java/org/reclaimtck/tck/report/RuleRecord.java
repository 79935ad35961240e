package org.reclaimtck.tck.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.tck.rules.Rule;

/** What happened to one rule of one suite: its cases, seeds run and failed, failures and skip reasons. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuleRecord {
    private final String suite;
    private final Rule rule;
    private final Map<String, CaseResult> cases = new LinkedHashMap<>();
    private final List<FailureRecord> failures = new ArrayList<>();
    private final List<FailureRecord> inconclusive = new ArrayList<>();
    private final Set<String> notApplicable = new LinkedHashSet<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private final List<Judgement> judged = new ArrayList<>();
    private int seedsRun;

    RuleRecord(String suite, Rule rule) {
        this.suite = suite;
        this.rule = rule;
    }

    void passed(String caseId) {
        caseResult(caseId).passed();
        seedsRun++;
    }

    void failed(FailureRecord failure) {
        caseResult(failure.caseId()).failed();
        seedsRun++;
        failures.add(failure);
    }

    void inconclusive(FailureRecord timeout) {
        caseResult(timeout.caseId()).inconclusive();
        inconclusive.add(timeout);
    }

    void notApplicable(String caseId, String reason) {
        caseResult(caseId).notApplicable(reason);
        notApplicable.add(reason);
    }

    void skipped(String caseId, String reason) {
        caseResult(caseId).skipped(reason);
        skipped.add(reason);
    }

    void judged(Judgement j) {
        judged.add(j);
    }

    private CaseResult caseResult(String caseId) {
        return cases.computeIfAbsent(caseId, CaseResult::new);
    }

    public String suite() {
        return suite;
    }

    public Rule rule() {
        return rule;
    }

    public RuleStatus status() {
        if (!failures.isEmpty()) {
            return RuleStatus.FAIL;
        }
        if (!inconclusive.isEmpty()) {
            return RuleStatus.INCONCLUSIVE;
        }
        if (seedsRun > 0) {
            return RuleStatus.PASS;
        }
        return notApplicable.isEmpty() ? RuleStatus.SKIPPED : RuleStatus.NOT_APPLICABLE;
    }

    public int caseCount() {
        return cases.size();
    }

    /** Each case of the rule, in the order they were first reported. */
    public List<CaseResult> cases() {
        return List.copyOf(cases.values());
    }

    public int seedsRun() {
        return seedsRun;
    }

    /** Every (case, seed) the rule was judged on, with its status and trace hash, sorted by case then seed. */
    public List<Judgement> judged() {
        List<Judgement> out = new ArrayList<>(judged);
        Collections.sort(out);
        return out;
    }

    public List<FailureRecord> failures() {
        return Collections.unmodifiableList(failures);
    }

    /** The runs the harness gave up on (reclaimtck.timeout): no verdict on the rule either way. */
    public List<FailureRecord> inconclusive() {
        return Collections.unmodifiableList(inconclusive);
    }

    /**
     * True if {@link #reason()} explains the status: the rule was not (fully) judged. A pass or a fail speaks for
     * itself, whatever seeds were skipped beside it.
     */
    public boolean explainsStatus() {
        return !reason().isEmpty() && status() != RuleStatus.PASS && status() != RuleStatus.FAIL;
    }

    /** Why the rule was not judged: the n/a and skip reasons, joined. */
    public String reason() {
        Set<String> all = new LinkedHashSet<>(notApplicable);
        all.addAll(skipped);
        return String.join("; ", all);
    }
}
