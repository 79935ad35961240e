package org.reclaimtck.tck.report;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Counts of rules by status, for the summary line and the badge; {@code timeouts} counts the (rule, case, seed) runs
 * the harness gave up on (inconclusive, not failures).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Tally(int rules, int passed, int failed, int inconclusive, int notApplicable, int skipped, int timeouts) {
    /** Without inconclusive rules or harness timeouts. */
    public Tally(int rules, int passed, int failed, int notApplicable, int skipped) {
        this(rules, passed, failed, 0, notApplicable, skipped, 0);
    }

    public static Tally of(List<RuleRecord> records) {
        int p = 0;
        int f = 0;
        int inc = 0;
        int na = 0;
        int s = 0;
        int timeouts = 0;
        for (RuleRecord r : records) {
            switch (r.status()) {
                case PASS -> p++;
                case FAIL -> f++;
                case INCONCLUSIVE -> inc++;
                case NOT_APPLICABLE -> na++;
                default -> s++;
            }
            timeouts += r.inconclusive().size();
        }
        return new Tally(records.size(), p, f, inc, na, s, timeouts);
    }

    /** Rules that were judged: passed, failed or left inconclusive by the harness. */
    public int judged() {
        return passed + failed + inconclusive;
    }

    /**
     * {@code 9/9 rules}, {@code 3 of 24 rules failed}, then what else is true of the run: {@code 1 inconclusive},
     * {@code 2 n/a}.
     */
    public String badgeMessage() {
        String head = failed == 0 ? passed + "/" + judged() + " rules" : failed + " of " + judged() + " rules failed";
        return head + (inconclusive == 0 ? "" : ", " + inconclusive + " inconclusive")
                + (notApplicable == 0 ? "" : ", " + notApplicable + " n/a");
    }

    @Override
    public String toString() {
        return rules + (rules == 1 ? " rule: " : " rules: ") + passed + " passed, " + failed + " failed, "
                + (inconclusive == 0 ? "" : inconclusive + " inconclusive, ") + notApplicable + " not applicable, "
                + skipped + " skipped" + (timeouts == 0 ? "" : "; " + timeouts + " run" + (timeouts == 1 ? "" : "s")
                + " inconclusive (harness timeout)");
    }
}
