package org.reclaimtck.tck.report;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.tck.oracles.WaitForDrawing;
import org.reclaimtck.tck.rules.Rule;

/**
 * report.md: the run, the summary table, then the failures of each rule grouped by root cause ({@link FailureGroup}):
 * each group once, with its cases and seeds, and its smallest seed's outcome, trace hash, variants, replay command,
 * wait-for cycle (or waits) drawn as text and full message folded away. The page stays under {@link #LIMIT} whatever
 * fails: groups past it are counted in a closing line (report.json lists every failure).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MarkdownReport {
    /** report.md's bound: under GitHub's 1 MiB job-summary limit, with room for the closing line. */
    public static final int LIMIT = 1_000_000;

    private MarkdownReport() {
    }

    public static String render(RunInfo info, List<RuleRecord> records) {
        return render(info, records, List.of());
    }

    /** The report with a section per policy comparison ({@link PolicyTable}) after the summary table. */
    public static String render(RunInfo info, List<RuleRecord> records, List<PolicyTable> policyTables) {
        StringBuilder sb = new StringBuilder("# reclaim-tck conformance report\n\n");
        sb.append("Provider `").append(info.providerName()).append(' ').append(info.providerVersion())
                .append("`, kit ").append(info.tckVersion()).append(", seeds ").append(info.seeds())
                .append(", variants ").append(info.variants().describe()).append(", parts ").append(info.parts())
                .append(info.jdk().isEmpty() ? "" : ", JDK " + info.jdk())
                .append(info.duration().isEmpty() ? "" : ", took " + info.duration()).append(".\n\n");
        if (info.partial()) {
            sb.append("Not a full run: ").append(info.scope()).append(".\n\n");
        }
        sb.append("**").append(Tally.of(records)).append("**\n\n");
        sb.append("| suite | rule | level | status | cases | seeds | failed seeds | timed out |\n");
        sb.append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: |\n");
        for (RuleRecord r : records) {
            sb.append("| ").append(r.suite())
                    .append(" | ").append(ruleCell(r.rule()))
                    .append(" | ").append(r.rule().level())
                    .append(" | ").append(r.status() == RuleStatus.FAIL ? "**fail**" : r.status().label())
                    .append(!r.explainsStatus() ? "" : " (" + r.reason() + ")")
                    .append(" | ").append(r.caseCount())
                    .append(" | ").append(r.seedsRun())
                    .append(" | ").append(r.failures().size())
                    .append(" | ").append(r.inconclusive().size()).append(" |\n");
        }
        policyTables.forEach(t -> policyTable(sb, t));
        int cutGroups = 0;
        int cutFailures = 0;
        for (RuleRecord r : records) {
            List<FailureRecord> all = new ArrayList<>(r.failures());
            all.addAll(r.inconclusive());
            if (all.isEmpty()) {
                continue;
            }
            List<FailureGroup> groups = FailureGroup.of(all);
            StringBuilder section = new StringBuilder();
            section.append("\n## ").append(r.rule().id()).append(": ").append(r.rule().title()).append("\n\n");
            section.append("> ").append(r.rule().text()).append("\n\n");
            section.append(r.failures().size()).append(" failing run").append(r.failures().size() == 1 ? "" : "s")
                    .append(r.inconclusive().isEmpty() ? "" : ", " + r.inconclusive().size()
                            + " inconclusive (harness timeout, not a verdict)")
                    .append(", ").append(groups.size()).append(groups.size() == 1 ? " root cause" : " root causes")
                    .append(".\n");
            for (FailureGroup g : groups) {
                StringBuilder one = new StringBuilder();
                group(one, g);
                if (sb.length() + section.length() + one.length() > LIMIT) {
                    cutGroups++;
                    cutFailures += g.failures().size();
                } else {
                    section.append(one);
                }
            }
            sb.append(section);
        }
        if (cutGroups > 0) {
            sb.append("\n---\n\n").append(cutGroups).append(" more failure group").append(cutGroups == 1 ? "" : "s")
                    .append(" (").append(cutFailures).append(" failing runs) cut to keep report.md under ")
                    .append(LIMIT / 1000).append(" KB; report.json and failures/ have every one.\n");
        }
        return sb.toString();
    }

    private static void policyTable(StringBuilder sb, PolicyTable t) {
        List<List<String>> rows = t.rows();
        if (rows.isEmpty()) {
            return;
        }
        sb.append("\n## Policy comparison: ").append(t.title()).append("\n\n").append(t.note()).append("\n\n| ")
                .append(String.join(" | ", t.headers())).append(" |\n|");
        t.headers().forEach(h -> sb.append(h.equals("policy") ? " --- |" : " ---: |"));
        sb.append('\n');
        rows.forEach(r -> sb.append("| ").append(String.join(" | ", r)).append(" |\n"));
    }

    /** {@code [RT-2](https://.../rules.md#RT-2)} ({@link RuleDocs}); a user rule without a URL is its bare id. */
    private static String ruleCell(Rule rule) {
        String url = RuleDocs.url(rule);
        return url.isEmpty() ? rule.id() : "[" + rule.id() + "](" + url + ")";
    }

    private static void group(StringBuilder sb, FailureGroup g) {
        FailureRecord f = g.representative();
        if (g.failures().size() == 1) {
            sb.append("\n### ").append(f.caseId()).append(", seed ").append(f.seed()).append("\n\n");
        } else {
            sb.append("\n### ").append(String.join(", ", g.cases())).append(": ").append(g.failures().size())
                    .append(" failing runs, seeds ").append(g.seeds()).append("\n\n");
            sb.append("Shown: seed ").append(f.seed()).append(" of ").append(f.caseId())
                    .append("; the other seeds failed the same way.\n\n");
        }
        sb.append("- outcome: `").append(f.outcomeKind()).append("`\n");
        sb.append("- seed: ").append(f.seed()).append(", trace hash: ").append(f.traceHash() == null
                ? "none (the run did not finish)" : "`" + f.traceHash() + "`").append('\n');
        sb.append("- variants: ").append(f.variants().isEmpty() ? "provider defaults"
                : "`" + VariantsInEffect.join(f.variants()) + "`").append('\n');
        sb.append("- replay: `").append(f.replay()).append("`\n");
        if (!f.cycle().isEmpty()) {
            sb.append("\nWait-for cycle:\n\n").append(code(WaitForDrawing.cycle(KernelFunctions.label(f.cycle()))));
        }
        if (!f.waits().isEmpty()) {
            sb.append("\nWaits behind the failure:\n\n").append(code(WaitForDrawing.chain(KernelFunctions.label(f.waits()))));
        }
        sb.append("\n<details><summary>Failure message</summary>\n\n").append(code(f.message()))
                .append("\n</details>\n");
    }

    private static String code(String text) {
        return "```\n" + text.replace("```", "'''") + "\n```\n";
    }
}
