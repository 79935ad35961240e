package org.reclaimtck.tck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The measured side of a {@link PolicyComparison}: every (policy, seed) run of one case, its counters and its rule
 * verdicts, and the table the reports show: one row per policy with the seeds measured, the columns over the counters'
 * sums, and each rule's verdict over the seeds. Rows depend only on the runs, not on their order, so the shards of a
 * split merge ({@link #merge}) into the table the unsharded run shows.
 *
 * @param caseId   {@code suite/id} of the case whose workload was run
 * @param policies the policies in table order
 * @param rules    the case's rule ids, one verdict column each
 * @param runs     in (policy, seed) order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public record PolicyTable(String caseId, String title, String part, List<String> policies, List<String> rules,
                          List<PolicyColumn> columns, List<Run> runs) {
    /** A verdict of a run that finished and was judged. */
    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    /** The run did not finish (watchdog, crash) or ended abnormally: measured nothing, judged nothing. */
    public static final String INCONCLUSIVE = "inconclusive";

    /**
     * One run of the case under {@code policy} with {@code seed}: its counters (empty if it did not finish) and each
     * rule's verdict ({@link #PASS}, {@link #FAIL}, {@link #INCONCLUSIVE}).
     */
    public record Run(String policy, long seed, Map<String, Long> counters, Map<String, String> verdicts) {
        public Run {
            counters = new LinkedHashMap<>(counters);
            verdicts = new LinkedHashMap<>(verdicts);
        }

        boolean measured() {
            return !counters.isEmpty();
        }
    }

    public PolicyTable {
        List<String> order = List.copyOf(policies);
        policies = order;
        rules = List.copyOf(rules);
        columns = List.copyOf(columns);
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.<Run>comparingInt(r -> order.indexOf(r.policy())).thenComparingLong(Run::seed));
        runs = List.copyOf(sorted);
    }

    /** This table with {@code other}'s runs too (the same case's comparison from another shard). */
    public PolicyTable merge(PolicyTable other) {
        if (!other.caseId.equals(caseId)) {
            throw new IllegalArgumentException("policy tables of " + caseId + " and " + other.caseId);
        }
        List<Run> all = new ArrayList<>(runs);
        all.addAll(other.runs);
        return new PolicyTable(caseId, title, part, policies, rules, columns, all);
    }

    /** {@code policy}, {@code seeds}, the columns' headers, then one per rule. */
    public List<String> headers() {
        List<String> h = new ArrayList<>(List.of("policy", "seeds"));
        columns.forEach(c -> h.add(c.header()));
        h.addAll(rules);
        return h;
    }

    /** One row per policy that ran, in {@link #policies} order. */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        for (String policy : policies) {
            List<Run> mine = runs.stream().filter(r -> r.policy().equals(policy)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Map<String, Long> sums = new LinkedHashMap<>();
            mine.stream().filter(Run::measured).forEach(r -> r.counters().forEach((k, v) -> sums.merge(k, v, Long::sum)));
            List<String> row = new ArrayList<>(List.of(policy, String.valueOf(mine.stream().filter(Run::measured).count())));
            columns.forEach(c -> row.add(c.cell(sums)));
            rules.forEach(rule -> row.add(verdict(mine, rule)));
            out.add(row);
        }
        return out;
    }

    /** The sum of {@code counter} over {@code policy}'s measured seeds. */
    public long sum(String policy, String counter) {
        return runs.stream().filter(r -> r.policy().equals(policy))
                .mapToLong(r -> r.counters().getOrDefault(counter, 0L)).sum();
    }

    /** {@code pass}; {@code fail (3 of 16 seeds)}; with {@code , 1 inconclusive} when runs did not finish. */
    static String verdict(List<Run> runs, String rule) {
        long failed = runs.stream().filter(r -> FAIL.equals(r.verdicts().get(rule))).count();
        long inconclusive = runs.stream().filter(r -> !r.verdicts().containsKey(rule)
                || INCONCLUSIVE.equals(r.verdicts().get(rule))).count();
        String base = failed == 0 ? PASS : FAIL + " (" + failed + " of " + runs.size() + " seeds)";
        return inconclusive == 0 ? base : base + ", " + inconclusive + " inconclusive";
    }

    /** The sentence under the table's heading. */
    public String note() {
        return "Case " + caseId + " run under each " + part + " variant on the same seeds; the counters come from the"
                + " kernel's trace, summed over the seeds; the rule columns judge each policy's runs.";
    }
}
