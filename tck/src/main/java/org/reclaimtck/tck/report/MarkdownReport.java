package org.reclaimtck.tck.report;

import java.util.List;

/** report.md: the summary table, then each failure with its full message and replay command. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(RunInfo info, List<RuleRecord> records) {
        StringBuilder sb = new StringBuilder("# reclaim-tck conformance report\n\n");
        sb.append("Provider `").append(info.providerName()).append(' ').append(info.providerVersion())
                .append("`, kit ").append(info.tckVersion()).append(", seeds ").append(info.seeds()).append(".\n\n");
        sb.append("**").append(Tally.of(records)).append("**\n\n");
        sb.append("| suite | rule | level | status | cases | seeds | failed seeds |\n");
        sb.append("| --- | --- | --- | --- | ---: | ---: | ---: |\n");
        for (RuleRecord r : records) {
            sb.append("| ").append(r.suite())
                    .append(" | [").append(r.rule().id()).append("](").append(r.rule().link()).append(')')
                    .append(" | ").append(r.rule().level())
                    .append(" | ").append(r.status() == RuleStatus.FAIL ? "**fail**" : r.status().label())
                    .append(r.reason().isEmpty() || r.status() == RuleStatus.PASS ? "" : " (" + r.reason() + ")")
                    .append(" | ").append(r.caseCount())
                    .append(" | ").append(r.seedsRun())
                    .append(" | ").append(r.failures().size()).append(" |\n");
        }
        for (RuleRecord r : records) {
            if (r.failures().isEmpty()) {
                continue;
            }
            sb.append("\n## ").append(r.rule().id()).append(": ").append(r.rule().title()).append("\n\n");
            sb.append("> ").append(r.rule().text()).append("\n");
            for (FailureRecord f : r.failures()) {
                sb.append("\n### ").append(f.caseId()).append(", seed ").append(f.seed()).append("\n\n");
                sb.append("Replay: `").append(f.replay()).append("`\n\n");
                sb.append("```\n").append(f.message().replace("```", "'''")).append("\n```\n");
            }
        }
        return sb.toString();
    }
}
