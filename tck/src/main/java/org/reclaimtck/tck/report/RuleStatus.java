package org.reclaimtck.tck.report;

/** The verdict on one rule over all its cases and seeds. */
public enum RuleStatus {
    PASS("pass"),
    FAIL("fail"),
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
