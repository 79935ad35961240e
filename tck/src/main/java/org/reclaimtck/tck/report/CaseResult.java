package org.reclaimtck.tck.report;

import org.apiguardian.api.API;

/** What happened to one case under one rule: seeds run and failed, or why it was not run. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CaseResult {
    private final String caseId;
    private int seedsRun;
    private int seedsFailed;
    private int seedsInconclusive;
    private String notApplicable = "";
    private String skipped = "";

    CaseResult(String caseId) {
        this.caseId = caseId;
    }

    void passed() {
        seedsRun++;
    }

    void failed() {
        seedsRun++;
        seedsFailed++;
    }

    void inconclusive() {
        seedsInconclusive++;
    }

    void notApplicable(String reason) {
        notApplicable = reason;
    }

    void skipped(String reason) {
        skipped = reason;
    }

    /** {@code suite/id}. */
    public String caseId() {
        return caseId;
    }

    public int seedsRun() {
        return seedsRun;
    }

    public int seedsFailed() {
        return seedsFailed;
    }

    /** Seeds the harness gave up on (reclaimtck.timeout). */
    public int seedsInconclusive() {
        return seedsInconclusive;
    }

    /** fail if any seed failed, inconclusive if the harness gave up on one, pass if any ran, else n/a or skipped. */
    public RuleStatus status() {
        if (seedsFailed > 0) {
            return RuleStatus.FAIL;
        }
        if (seedsInconclusive > 0) {
            return RuleStatus.INCONCLUSIVE;
        }
        if (seedsRun > 0) {
            return RuleStatus.PASS;
        }
        return notApplicable.isEmpty() ? RuleStatus.SKIPPED : RuleStatus.NOT_APPLICABLE;
    }

    /** Why it was not run, or empty. */
    public String reason() {
        return notApplicable.isEmpty() ? skipped : notApplicable;
    }
}
