package org.reclaimtck.tck.report.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.tck.report.FailureGroup;
import org.reclaimtck.tck.report.FailureRecord;
import org.reclaimtck.tck.report.KernelFunctions;
import org.reclaimtck.tck.report.TimelineEvent;
import org.reclaimtck.tck.report.VariantsInEffect;

/**
 * One failure group of report.html, shown by its smallest seed: cases and seeds, outcome, variants, the replay
 * command, the wait-for graph, each blocked task's flags, gfp mask, held locks and call trace in kernel function
 * names, the per-task timeline around the stall with the trace lines under it, and the full message.
 */
final class FailureSection {
    private FailureSection() {
    }

    static void render(StringBuilder sb, FailureGroup g, String id) {
        FailureRecord f = g.representative();
        sb.append("<article class=\"group\" id=\"").append(Html.id(id)).append("\"><h3>")
                .append(Html.esc(String.join(", ", g.cases()))).append(": ");
        if (g.failures().size() == 1) {
            sb.append("seed ").append(f.seed()).append("</h3>\n");
        } else {
            sb.append(g.failures().size()).append(" failing runs, seeds ").append(Html.esc(g.seeds()))
                    .append("</h3>\n<p>Shown: seed ").append(f.seed()).append(" of ").append(Html.esc(f.caseId()))
                    .append("; the other seeds failed the same way.</p>\n");
        }
        sb.append("<table class=\"facts\"><tbody>");
        fact(sb, "outcome", f.outcomeKind());
        fact(sb, "first line", f.message().lines().findFirst().orElse(""));
        fact(sb, "trace hash", f.traceHash() == null ? "none (the run did not finish)" : f.traceHash());
        fact(sb, "variants", f.variants().isEmpty() ? "provider defaults" : VariantsInEffect.join(f.variants()));
        sb.append("</tbody></table>\n<p class=\"replay-h\">Replay:</p><pre class=\"replay\">")
                .append(Html.esc(f.replay())).append("</pre>\n");
        if (!f.cycle().isEmpty()) {
            graph(sb, "Wait-for cycle", f.cycle(), "wait-for cycle of " + f.cycle().size() + " tasks: "
                    + String.join(" \u2192 ", f.cycle().stream().map(WaitEdge::task).toList()) + " \u2192 "
                    + f.cycle().get(0).task());
        }
        if (!f.waits().isEmpty()) {
            graph(sb, "Waits behind the failure", f.waits(), "waits of " + String.join(", ",
                    f.waits().stream().map(WaitEdge::task).distinct().toList()));
        }
        timeline(sb, f);
        sb.append("<details><summary>Failure message</summary><pre>").append(Html.esc(f.message()))
                .append("</pre></details>\n</article>\n");
    }

    private static void fact(StringBuilder sb, String key, String value) {
        sb.append("<tr><th>").append(Html.esc(key)).append("</th><td>").append(Html.esc(value)).append("</td></tr>");
    }

    private static void graph(StringBuilder sb, String heading, List<WaitEdge> edges, String title) {
        sb.append("<h4>").append(Html.esc(heading)).append("</h4>\n<figure class=\"graph\">")
                .append(WaitForGraph.svg(edges, title)).append("<figcaption>").append(Html.esc(title))
                .append("</figcaption></figure>\n");
        sb.append("<table class=\"tasks\"><thead><tr><th>task</th><th>flags and gfp mask</th><th>holds</th>")
                .append("<th>waits for</th><th>woken by</th></tr></thead><tbody>\n");
        for (WaitEdge e : edges) {
            sb.append("<tr><td class=\"task\">").append(Html.esc(e.task())).append("</td><td><code>")
                    .append(Html.esc(e.context().isEmpty() ? "-" : e.context())).append("</code></td><td>")
                    .append(e.held().isEmpty() ? "nothing" : list(e.held())).append("</td><td>")
                    .append(Html.esc(e.kind().label() + " " + e.object()))
                    .append(e.lockClass().equals(e.object()) ? "" : " <small>(class " + Html.esc(e.lockClass())
                            + ")</small>").append("</td><td>")
                    .append(Html.esc(e.waitsFor().isEmpty() ? "no task" : String.join(", ", e.waitsFor())))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        for (WaitEdge e : edges) {
            if (e.stack().isEmpty()) {
                continue;
            }
            sb.append("<details class=\"stack\"><summary>call trace of ").append(Html.esc(e.task()))
                    .append("</summary><pre>");
            for (String frame : e.stack()) {
                String kernel = KernelFunctions.of(frame).orElse("");
                sb.append(' ').append(kernel.isEmpty() ? "<span class=\"model\">" + Html.esc(frame) + "</span>"
                        : "<b>" + Html.esc(kernel) + "</b> <span class=\"model\">(" + Html.esc(frame) + ")</span>")
                        .append('\n');
            }
            sb.append("</pre></details>\n");
        }
    }

    private static String list(List<String> items) {
        StringBuilder sb = new StringBuilder("<ul>");
        items.forEach(i -> sb.append("<li>").append(Html.esc(i)).append("</li>"));
        return sb.append("</ul>").toString();
    }

    private static void timeline(StringBuilder sb, FailureRecord f) {
        List<TimelineEvent> events = f.timeline();
        if (events.isEmpty()) {
            return;
        }
        Set<String> first = new LinkedHashSet<>();
        f.cycle().forEach(e -> first.add(e.task()));
        f.waits().forEach(e -> first.add(e.task()));
        boolean stall = !f.cycle().isEmpty() || !f.waits().isEmpty();
        sb.append(stall ? "<h4>Timeline around the stall</h4>" : "<h4>Timeline: the end of the run</h4>")
                .append("\n<p class=\"legend\">").append(events.size())
                .append(" trace events in schedule order, ").append(Html.time(events.get(0).time())).append(" to ")
                .append(Html.time(events.get(events.size() - 1).time())).append(" s of virtual time: the last ones,")
                .append(" after the earlier ones that began a wait, a held lock or a call still open at the end. ")
                .append("<span class=\"k wait\">wait</span> <span class=\"k lock\">lock held</span> ")
                .append("<span class=\"k alloc\">allocation</span> <span class=\"k reclaim\">direct reclaim</span> ")
                .append("<span class=\"k shrink\">shrinker</span> <span class=\"k flag\">flag or scope</span>; ")
                .append("a bar reaching the right edge is still open when the trace ends. Hover for the trace line.")
                .append("</p>\n<div class=\"scroll\">").append(Timeline.svg(events, new ArrayList<>(first)))
                .append("</div>\n<details><summary>The trace lines</summary><pre>");
        for (TimelineEvent e : events) {
            sb.append('[').append(Html.time(e.time())).append("] ").append(Html.esc(e.task())).append(": ")
                    .append(Html.esc(e.text())).append('\n');
        }
        sb.append("</pre></details>\n");
    }
}
