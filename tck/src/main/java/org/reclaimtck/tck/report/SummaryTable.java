package org.reclaimtck.tck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apiguardian.api.API;

/** The plain-text summary printed at the end of a run: one row per (suite, rule), a tally per suite, then the total. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SummaryTable {
    private static final String[] HEAD = {"suite", "rule", "level", "status", "cases", "seeds", "title"};

    private SummaryTable() {
    }

    public static String render(RunInfo info, List<RuleRecord> records) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEAD);
        for (RuleRecord r : records) {
            String seeds = (r.failures().isEmpty() ? String.valueOf(r.seedsRun())
                    : r.failures().size() + "/" + r.seedsRun() + " failed")
                    + (r.inconclusive().isEmpty() ? "" : ", " + r.inconclusive().size() + " timed out");
            String status = r.status() == RuleStatus.FAIL ? "FAIL" : r.status().label();
            String title = r.rule().title() + (!r.explainsStatus() ? ""
                    : " (" + r.reason() + ")");
            rows.add(new String[] {r.suite(), r.rule().id(), r.rule().level().name(), status,
                    String.valueOf(r.caseCount()), seeds, title});
        }
        int[] width = new int[HEAD.length - 1];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("reclaim-tck ").append(info.tckVersion()).append(": provider ").append(info.providerName())
                .append(' ').append(info.providerVersion()).append(", seeds ").append(info.seeds())
                .append(", variants ").append(info.variants().describe())
                .append(", parts ").append(info.parts())
                .append(info.partial() ? ", " + info.scope() + " (not a full run)" : "").append('\n');
        for (String[] row : rows) {
            sb.append("  ");
            for (int i = 0; i < width.length; i++) {
                sb.append(String.format(Locale.ROOT, "%-" + width[i] + "s  ", row[i]));
            }
            sb.append(row[width.length]).append('\n');
        }
        Map<String, List<RuleRecord>> bySuite = new LinkedHashMap<>();
        for (RuleRecord r : records) {
            bySuite.computeIfAbsent(r.suite(), k -> new ArrayList<>()).add(r);
        }
        if (bySuite.size() > 1) {
            bySuite.forEach((suite, rs) -> sb.append("suite ").append(suite).append(": ").append(Tally.of(rs))
                    .append('\n'));
        }
        sb.append(Tally.of(records));
        return sb.toString();
    }
}
