package org.reclaimtck.tck.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.report.FailureRecord;
import org.reclaimtck.tck.report.ResultCollector;
import org.reclaimtck.tck.report.RunInfo;
import org.reclaimtck.tck.report.TimelineEvent;
import org.reclaimtck.tck.report.TimelineEvent.Kind;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleCatalogue;

/** report.html from collected results: what it shows for a failure, what it leaves out, and that it escapes. */
class HtmlReportTest {
    private static final Rule RT2 = RuleCatalogue.find("RT-2").orElseThrow();
    private static final RunInfo INFO = new RunInfo("0.1.0", "acme", "1.0", "1..2");
    private static final List<WaitEdge> CYCLE = List.of(
            new WaitEdge("task-a", "PF_MEMALLOC_NOFS", List.of("mutex A"), WaitKind.MUTEX, "B", "b_class",
                    List.of("task-b"), List.of("DmBufio.writeAndWait", "Acme.helper")),
            new WaitEdge("task-b", "", List.of("mutex B"), WaitKind.MUTEX, "A", "a_class", List.of("task-a")));
    private static final List<TimelineEvent> TIMELINE = List.of(
            new TimelineEvent(1000, "task-a", Kind.LOCK, "A", "lock mutex A"),
            new TimelineEvent(2000, "task-b", Kind.LOCK, "B", "lock mutex B"),
            new TimelineEvent(3000, "task-a", Kind.ALLOC_BEGIN, "alloc", "mm_page_alloc_request order=0 gfp=GFP_NOFS"),
            new TimelineEvent(4000, "task-a", Kind.ALLOC_END, "alloc", "mm_page_alloc order=0 gfp=GFP_NOFS"),
            new TimelineEvent(5000, "task-a", Kind.WAIT_BEGIN, "B", "wait mutex B held_by=task-b"),
            new TimelineEvent(6000, "task-b", Kind.WAIT_BEGIN, "A", "wait mutex A held_by=task-a"));

    private static ResultCollector results(boolean fail) {
        ResultCollector c = new ResultCollector();
        c.rule("runtime", RT2);
        c.passed("runtime", RT2, "runtime/abba-mutex");
        if (fail) {
            c.failed("runtime", RT2, new FailureRecord("runtime/abba-mutex", 2, "DEADLOCK", "00ff", "mvn verify"
                    + " -Dreclaimtck.seed=2", "RT-2 violated: <script>alert(1)</script>", CYCLE, List.of(), Map.of(),
                    TIMELINE));
        }
        return c;
    }

    @Test
    void aFailureGroupDrawsItsCycleTasksTimelineAndReplay() {
        String page = HtmlReport.render(INFO.withRuntime("17", "1.0 s"), results(true).records(), List.of());
        assertThat(page).contains("<svg class=\"graph\"", ">task-a</text>", ">mutex B</text>", ">waits for</text>",
                ">held by</text>", "<svg class=\"timeline\"", "(still open when the trace ends)",
                "<b>__make_buffer_clean</b> <span class=\"model\">(DmBufio.writeAndWait)</span>",
                "<span class=\"model\">Acme.helper</span>", "mm_page_alloc_request order=0 gfp=GFP_NOFS",
                "mvn verify -Dreclaimtck.seed=2", "<th>JDK</th><td>17</td>", "<th>duration</th><td>1.0 s</td>",
                "href=\"#rule-runtime-RT-2\"", "rules.md#RT-2\"", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void aPassingRunHasNoFailureSectionsAndEmptyTablesAreLeftOut() {
        HtmlTable policy = new HtmlTable("policy", "Reclaim policy", "", List.of("gfp mask", "may enter"), List.of());
        String page = HtmlReport.render(INFO, results(false).records(), List.of(policy));
        assertThat(page).doesNotContain("<svg", "Reclaim policy", "<th>JDK</th>", "Variants in effect");
        HtmlTable filled = new HtmlTable("policy", "Reclaim policy", "what a mask may enter",
                List.of("gfp mask", "may enter"), List.of(List.of("GFP_NOFS", "block I/O, not the fs <core>")));
        assertThat(HtmlReport.render(INFO, results(false).records(), List.of(filled)))
                .contains("<section id=\"policy\"><h2>Reclaim policy</h2>", "<td>block I/O, not the fs &lt;core&gt;</td>");
        assertThatThrownBy(() -> new HtmlTable("p", "t", "", List.of("a", "b"), List.of(List.of("1"))))
                .hasMessageContaining("has 1 cells, not 2");
    }
}
