package org.reclaimtck.tck.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.tck.report.FailureGroup;
import org.reclaimtck.tck.report.RuleDocs;
import org.reclaimtck.tck.report.RuleRecord;
import org.reclaimtck.tck.report.RuleStatus;
import org.reclaimtck.tck.report.RunInfo;
import org.reclaimtck.tck.report.Tally;
import org.reclaimtck.tck.rules.Rule;

/**
 * report.html: one self-contained page (inline CSS and SVG, no script, nothing fetched) that opens from a file: the
 * run, the summary per suite and rule, the variants in effect, any extra tables (e.g. the reclaim policy table), then
 * each failing rule's text and its failure groups ({@link FailureSection}). Bounded like report.md: groups past
 * {@link #LIMIT} are counted, not drawn.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class HtmlReport {
    public static final String FILE = "report.html";
    /** The page's bound in characters; report.json lists every failure. */
    public static final int LIMIT = 4_000_000;

    private HtmlReport() {
    }

    /** Writes {@link #FILE} into {@code dir}; returns the file. */
    public static Path write(Path dir, RunInfo info, List<RuleRecord> records, List<HtmlTable> tables)
            throws IOException {
        return Files.writeString(dir.resolve(FILE), render(info, records, tables), StandardCharsets.UTF_8);
    }

    public static String render(RunInfo info, List<RuleRecord> records, List<HtmlTable> tables) {
        Tally tally = Tally.of(records);
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>reclaim-tck report: ").append(Html.esc(info.providerName())).append(", ")
                .append(Html.esc(tally.toString())).append("</title>\n<style>").append(Style.CSS)
                .append("</style></head>\n<body>\n<h1>reclaim-tck conformance report</h1>\n");
        header(sb, info, tally);
        summary(sb, records);
        variants(sb, info);
        tables.forEach(t -> sb.append(t.render()));
        failures(sb, records);
        return sb.append("</body></html>\n").toString();
    }

    private static void header(StringBuilder sb, RunInfo info, Tally tally) {
        sb.append("<table class=\"run\"><tbody>\n");
        row(sb, "provider", info.providerName() + " " + info.providerVersion());
        row(sb, "kit", "reclaim-tck " + info.tckVersion());
        row(sb, "seeds", info.seeds());
        row(sb, "variants", info.variants().describe());
        row(sb, "parts", info.parts());
        if (!info.jdk().isEmpty()) {
            row(sb, "JDK", info.jdk());
        }
        if (!info.duration().isEmpty()) {
            row(sb, "duration", info.duration());
        }
        sb.append("</tbody></table>\n<p class=\"tally ").append(tally.failed() > 0 ? "bad" : "good").append("\">")
                .append(Html.esc(tally.toString())).append("</p>\n");
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append("<tr><th>").append(Html.esc(key)).append("</th><td>").append(Html.esc(value)).append("</td></tr>\n");
    }

    private static void summary(StringBuilder sb, List<RuleRecord> records) {
        Map<String, List<RuleRecord>> bySuite = new LinkedHashMap<>();
        records.forEach(r -> bySuite.computeIfAbsent(r.suite(), k -> new ArrayList<>()).add(r));
        sb.append("<section id=\"summary\"><h2>Summary</h2>\n<table class=\"summary\"><thead><tr><th>suite</th>")
                .append("<th>rule</th><th>level</th><th>status</th><th>title</th><th>cases</th><th>seeds</th>")
                .append("<th>failed seeds</th></tr></thead>\n");
        for (Map.Entry<String, List<RuleRecord>> suite : bySuite.entrySet()) {
            sb.append("<tbody><tr class=\"suite\"><th colspan=\"8\">").append(Html.esc(suite.getKey())).append(": ")
                    .append(Html.esc(Tally.of(suite.getValue()).toString())).append("</th></tr>\n");
            for (RuleRecord r : suite.getValue()) {
                Rule rule = r.rule();
                boolean failed = r.status() == RuleStatus.FAIL;
                sb.append("<tr class=\"").append(Html.id(r.status().label())).append("\"><td>")
                        .append(Html.esc(r.suite())).append("</td><td>")
                        .append(failed ? "<a href=\"#" + anchor(r) + "\">" + Html.esc(rule.id()) + "</a>"
                                : Html.esc(rule.id()))
                        .append(docsLink(rule)).append("</td><td>").append(rule.level())
                        .append("</td><td class=\"status\">").append(Html.esc(r.status().label()))
                        .append(r.reason().isEmpty() || r.status() == RuleStatus.PASS ? ""
                                : " <span class=\"why\">(" + Html.esc(r.reason()) + ")</span>")
                        .append("</td><td title=\"").append(Html.esc(rule.text())).append("\">")
                        .append(Html.esc(rule.title())).append("</td><td class=\"num\">").append(r.caseCount())
                        .append("</td><td class=\"num\">").append(r.seedsRun()).append("</td><td class=\"num\">")
                        .append(r.failures().size()).append("</td></tr>\n");
            }
            sb.append("</tbody>\n");
        }
        sb.append("</table></section>\n");
    }

    private static void variants(StringBuilder sb, RunInfo info) {
        List<List<String>> rows = new ArrayList<>();
        info.variants().selected().forEach((part, v) -> rows.add(List.of(part, v, "selected (reclaimtck.variant)")));
        info.variants().defaults().forEach((part, v) -> rows.add(List.of(part, v, "the provider's default")));
        sb.append(new HtmlTable("variants", "Variants in effect", "Each part's behaviour in this run; a case may pin"
                + " its own for a part not selected, and each failure below names its machine's variants.",
                List.of("part", "variant", "why"), rows).render());
    }

    private static void failures(StringBuilder sb, List<RuleRecord> records) {
        int cutGroups = 0;
        int cutRuns = 0;
        for (RuleRecord r : records) {
            if (r.failures().isEmpty()) {
                continue;
            }
            List<FailureGroup> groups = FailureGroup.of(r.failures());
            Rule rule = r.rule();
            sb.append("<section class=\"rule\" id=\"").append(anchor(r)).append("\"><h2>")
                    .append(Html.esc(rule.id() + ": " + rule.title())).append(" <small>").append(Html.esc(r.suite()))
                    .append("</small></h2>\n<blockquote>").append(Html.esc(rule.quote()));
            if (!rule.source().isEmpty()) {
                sb.append("<br><small>kernel: ").append(Html.esc(rule.source())).append("</small>");
            }
            sb.append(docsLink(rule)).append("</blockquote>\n<p>").append(r.failures().size())
                    .append(r.failures().size() == 1 ? " failing run, " : " failing runs, ").append(groups.size())
                    .append(groups.size() == 1 ? " root cause" : " root causes").append(".</p>\n");
            int n = 0;
            for (FailureGroup g : groups) {
                n++;
                if (sb.length() > LIMIT) {
                    cutGroups++;
                    cutRuns += g.failures().size();
                    continue;
                }
                FailureSection.render(sb, g, anchor(r) + "-g" + n);
            }
            sb.append("</section>\n");
        }
        if (cutGroups > 0) {
            sb.append("<p class=\"cut\">").append(cutGroups).append(" more failure group").append(cutGroups == 1 ? ""
                    : "s").append(" (").append(cutRuns).append(" failing runs) left out to keep this page under ")
                    .append(LIMIT / 1_000_000).append(" MB; report.json and failures/ have every one.</p>\n");
        }
    }

    private static String anchor(RuleRecord r) {
        return "rule-" + Html.id(r.suite() + "-" + r.rule().id());
    }

    private static String docsLink(Rule rule) {
        String url = RuleDocs.url(rule);
        return url.isEmpty() ? "" : " <a class=\"docs\" href=\"" + Html.esc(url) + "\" title=\"the rule in the"
                + " catalogue\">docs</a>";
    }
}
