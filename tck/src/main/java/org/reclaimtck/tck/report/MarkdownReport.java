package org.reclaimtck.tck.report;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.tck.oracles.WaitForDrawing;
import org.reclaimtck.tck.rules.Rule;

/**
 * report.md: the run, the summary table, then each failure: its outcome, seed, trace hash, variants and replay
 * command, the wait-for cycle (or the waits) drawn as text, and the full failure message folded away.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(RunInfo info, List<RuleRecord> records) {
        StringBuilder sb = new StringBuilder("# reclaim-tck conformance report\n\n");
        sb.append("Provider `").append(info.providerName()).append(' ').append(info.providerVersion())
                .append("`, kit ").append(info.tckVersion()).append(", seeds ").append(info.seeds())
                .append(", variants ").append(info.variants().describe()).append(", parts ").append(info.parts())
                .append(".\n\n");
        sb.append("**").append(Tally.of(records)).append("**\n\n");
        sb.append("| suite | rule | level | status | cases | seeds | failed seeds |\n");
        sb.append("| --- | --- | --- | --- | ---: | ---: | ---: |\n");
        for (RuleRecord r : records) {
            sb.append("| ").append(r.suite())
                    .append(" | ").append(ruleCell(r.rule()))
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
                failure(sb, f);
            }
        }
        return sb.toString();
    }

    /** {@code [RT-2](docs/rules.md#RT-2)}; a user rule without a URL is its bare id. */
    private static String ruleCell(Rule rule) {
        return rule.link().isEmpty() ? rule.id() : "[" + rule.id() + "](" + rule.link() + ")";
    }

    private static void failure(StringBuilder sb, FailureRecord f) {
        sb.append("\n### ").append(f.caseId()).append(", seed ").append(f.seed()).append("\n\n");
        sb.append("- outcome: `").append(f.outcomeKind()).append("`\n");
        sb.append("- seed: ").append(f.seed()).append(", trace hash: ").append(f.traceHash() == null
                ? "none (the run did not finish)" : "`" + f.traceHash() + "`").append('\n');
        sb.append("- variants: ").append(f.variants().isEmpty() ? "provider defaults"
                : "`" + VariantsInEffect.join(f.variants()) + "`").append('\n');
        sb.append("- replay: `").append(f.replay()).append("`\n");
        if (!f.cycle().isEmpty()) {
            sb.append("\nWait-for cycle:\n\n").append(code(WaitForDrawing.cycle(f.cycle())));
        }
        if (!f.waits().isEmpty()) {
            sb.append("\nWaits behind the failure:\n\n").append(code(WaitForDrawing.chain(f.waits())));
        }
        sb.append("\n<details><summary>Failure message</summary>\n\n").append(code(f.message()))
                .append("\n</details>\n");
    }

    private static String code(String text) {
        return "```\n" + text.replace("```", "'''") + "\n```\n";
    }
}
