package org.reclaimtck.tck.report;

import org.apiguardian.api.API;

/** The verdict on one rule over all its cases and seeds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RuleStatus {
    PASS("pass"),
    FAIL("fail"),
    /** No failure, but the harness gave up on at least one run (reclaimtck.timeout): not judged in full. */
    INCONCLUSIVE("inconclusive"),
    /** Every case of the rule needs a capability the provider lacks. */
    NOT_APPLICABLE("not applicable"),
    /** No case of the rule ran (skipped, aborted or none selected). */
    SKIPPED("skipped");

    private final String label;

    RuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
