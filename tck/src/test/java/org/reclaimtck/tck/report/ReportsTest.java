package org.reclaimtck.tck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaimtck.tck.rules.RuleCatalogue;

/** The summary table, report.json, report.md and the badge, from collected results. */
class ReportsTest {
    private static final RunInfo INFO = new RunInfo("0.1.0", "cycle-blind", "0.1.0-broken", "1..2");

    private static ResultCollector results(boolean fail) {
        ResultCollector c = new ResultCollector();
        c.rule("runtime", RuleCatalogue.find("RT-1").orElseThrow());
        c.rule("runtime", RuleCatalogue.find("RT-2").orElseThrow());
        c.rule("runtime", RuleCatalogue.find("SCOPE-1").orElseThrow());
        c.passed("runtime", RuleCatalogue.find("RT-1").orElseThrow(), "runtime/abba-mutex");
        if (fail) {
            c.failed("runtime", RuleCatalogue.find("RT-2").orElseThrow(), new FailureRecord("runtime/abba-mutex", 2,
                    "NO_PROGRESS", "00ff00ff00ff00ff", "mvn verify -Dreclaimtck.seed=2", "RT-2 violated: \"quoted\""));
        } else {
            c.passed("runtime", RuleCatalogue.find("RT-2").orElseThrow(), "runtime/abba-mutex");
        }
        c.notApplicable("runtime", RuleCatalogue.find("SCOPE-1").orElseThrow(), "runtime/scope-restore-order",
                "not applicable: provider lacks TASK_SCOPES");
        return c;
    }

    @Test
    void tallyAndBadgeMessage() {
        assertThat(Tally.of(results(false).records())).isEqualTo(new Tally(3, 2, 0, 1, 0));
        assertThat(Tally.of(results(false).records()).badgeMessage()).isEqualTo("2/2 rules");
        assertThat(Tally.of(results(true).records()).badgeMessage()).isEqualTo("1 of 2 rules failed");
    }

    @Test
    void badgeIsGreenOrRed() {
        assertThat(Badge.svg(Tally.of(results(false).records()))).startsWith("<svg").contains("#4c1")
                .contains(">2/2 rules</text>").doesNotContain("href", "<script", "<image");
        assertThat(Badge.svg(Tally.of(results(true).records()))).contains("#e05d44").contains(">1 of 2 rules failed<");
    }

    @Test
    void summaryTableHasOneRowPerRule() {
        String table = SummaryTable.render(INFO, results(true).records());

        assertThat(table.lines()).hasSize(6);
        assertThat(table).contains("runtime  RT-2     MUST   FAIL            1      1/1 failed")
                .contains("SCOPE-1  MUST   not applicable  1      0           out-of-order restore is reported"
                        + " (not applicable: provider lacks TASK_SCOPES)")
                .endsWith("3 rules: 1 passed, 1 failed, 1 not applicable, 0 skipped");
    }

    @Test
    void writesJsonMarkdownAndBadges(@TempDir Path dir) throws Exception {
        List<Path> files = ReportWriter.write(dir, INFO, results(true).records());

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("report.json", "report.md", "badge.svg", "badge.json");
        String json = Files.readString(dir.resolve("report.json"));
        assertThat(json).contains("\"summary\": {\"rules\": 3, \"passed\": 1, \"failed\": 1, \"notApplicable\": 1")
                .contains("{\"case\": \"runtime/abba-mutex\", \"seed\": 2, \"outcome\": \"NO_PROGRESS\","
                        + " \"traceHash\": \"00ff00ff00ff00ff\", \"replay\": \"mvn verify -Dreclaimtck.seed=2\"}");
        assertThat(Files.readString(dir.resolve("report.md")))
                .contains("| runtime | [RT-2](docs/rules.md#RT-2) | MUST | **fail** | 1 | 1 | 1 |")
                .contains("### runtime/abba-mutex, seed 2", "Replay: `mvn verify -Dreclaimtck.seed=2`",
                        "RT-2 violated: \"quoted\"");
        assertThat(Files.readString(dir.resolve("badge.json"))).isEqualTo("{\"schemaVersion\": 1, \"label\":"
                + " \"reclaim-tck\", \"message\": \"1 of 2 rules failed\", \"color\": \"red\"}\n");
    }
}
