package org.reclaimtck.tck.report;

import java.util.List;
import org.apiguardian.api.API;

/** Counts of rules by status, for the summary line and the badge. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Tally(int rules, int passed, int failed, int notApplicable, int skipped) {
    public static Tally of(List<RuleRecord> records) {
        int p = 0;
        int f = 0;
        int na = 0;
        int s = 0;
        for (RuleRecord r : records) {
            switch (r.status()) {
                case PASS -> p++;
                case FAIL -> f++;
                case NOT_APPLICABLE -> na++;
                default -> s++;
            }
        }
        return new Tally(records.size(), p, f, na, s);
    }

    /** Rules that were judged: passed or failed. */
    public int judged() {
        return passed + failed;
    }

    /** {@code 9/9 rules} or {@code 1 of 9 rules failed}. */
    public String badgeMessage() {
        return failed == 0 ? passed + "/" + judged() + " rules" : failed + " of " + judged() + " rules failed";
    }

    @Override
    public String toString() {
        return rules + (rules == 1 ? " rule: " : " rules: ") + passed + " passed, " + failed + " failed, " + notApplicable + " not applicable, "
                + skipped + " skipped";
    }
}
