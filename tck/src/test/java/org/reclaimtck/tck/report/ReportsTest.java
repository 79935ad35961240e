package org.reclaimtck.tck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.rules.RuleCatalogue;

/** The summary table, report.json, report.md and the badge, from collected results. */
class ReportsTest {
    private static final VariantsInEffect VARIANTS = VariantsInEffect.of(List.of(
            new Variant("loop", "noio", true, "worker under memalloc_noio_save"),
            new Variant("loop", "no-noio", false, "worker allocates with GFP_KERNEL"),
            new Variant("dm-bufio", "async", true, "shrinker never blocks"),
            new Variant("dm-bufio", "gfp-io", false, "shrinker blocks on I/O with __GFP_IO")),
            Map.of("dm-bufio", "gfp-io"));
    private static final RunInfo INFO = new RunInfo("0.1.0", "cycle-blind", "0.1.0-broken", "1..2", VARIANTS);
    private static final List<WaitEdge> CYCLE = List.of(
            new WaitEdge("xfs_io", "PF_MEMALLOC_NOFS gfp=GFP_NOFS", List.of("transaction 'xfs_create' on A"),
                    WaitKind.BIO, "bio #3 WRITE sector 8 on dm-0", "bio", List.of("loop0"),
                    List.of("BlockDev.submitBioWait", "DmBufio.writeAndWait")),
            new WaitEdge("loop0", "PF_MEMALLOC_NOIO", List.of(), WaitKind.LOG_SPACE, "log space on A", "A->log",
                    List.of("xfs_io")));

    private static ResultCollector results(boolean fail) {
        ResultCollector c = new ResultCollector();
        c.rule("runtime", RuleCatalogue.find("RT-1").orElseThrow());
        c.rule("runtime", RuleCatalogue.find("RT-2").orElseThrow());
        c.rule("runtime", RuleCatalogue.find("SCOPE-1").orElseThrow());
        c.passed("runtime", RuleCatalogue.find("RT-1").orElseThrow(), "runtime/abba-mutex");
        if (fail) {
            c.failed("runtime", RuleCatalogue.find("RT-2").orElseThrow(), new FailureRecord("runtime/abba-mutex", 2,
                    "DEADLOCK", "00ff00ff00ff00ff", "mvn verify -Dreclaimtck.seed=2", "RT-2 violated: \"quoted\"",
                    CYCLE, List.of(), Map.of("dm-bufio", "gfp-io")));
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
        assertThat(Tally.of(results(false).records()).badgeMessage()).isEqualTo("2/2 rules, 1 n/a");
        assertThat(Tally.of(results(true).records()).badgeMessage()).isEqualTo("1 of 2 rules failed, 1 n/a");
    }

    @Test
    void aPartialRunsBadgeSaysSo(@TempDir Path dir) throws Exception {
        RunInfo filtered = new RunInfo("0.1.0", "cycle-blind", "0.1.0-broken", "1..2", VARIANTS, RunInfo.DEFAULT_PARTS,
                "filtered: rules RT-2");
        ReportWriter.write(dir, filtered, results(false).records());

        assertThat(Files.readString(dir.resolve("badge.svg"))).contains(">2/2 rules, 1 n/a (filtered)<");
        assertThat(Files.readString(dir.resolve("badge.json"))).contains("\"message\": \"2/2 rules, 1 n/a (filtered)\"");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("Not a full run: filtered: rules RT-2.");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"scope\": \"filtered: rules RT-2\"");
        assertThat(Badge.endpointJson(Tally.of(results(true).records()), "replay"))
                .contains("\"message\": \"1 of 2 rules failed, 1 n/a (replay)\"", "\"color\": \"red\"");
    }

    @Test
    void badgeIsGreenOrRed() {
        assertThat(Badge.svg(Tally.of(results(false).records()))).startsWith("<svg").contains("#4c1")
                .contains(">reclaim-tck</text>", ">2/2 rules, 1 n/a</text>").doesNotContain("href", "<script", "<image");
        assertThat(Badge.svg(Tally.of(results(true).records()))).contains("#e05d44").contains(">1 of 2 rules failed, 1 n/a<");
    }

    @Test
    void variantsInEffectNameTheSelectionAndTheOtherDefaults() {
        assertThat(VARIANTS.selected()).containsExactly(Map.entry("dm-bufio", "gfp-io"));
        assertThat(VARIANTS.defaults()).containsExactly(Map.entry("loop", "noio"));
        assertThat(VARIANTS.describe()).isEqualTo("dm-bufio:gfp-io (selected); loop:noio (default)");
        assertThat(VariantsInEffect.none().describe()).isEqualTo("none");
    }

    @Test
    void summaryTableHasOneRowPerRule() {
        String table = SummaryTable.render(INFO, results(true).records());

        assertThat(table.lines()).hasSize(6);
        assertThat(table.lines().findFirst()).hasValue("reclaim-tck 0.1.0: provider cycle-blind 0.1.0-broken,"
                + " seeds 1..2, variants dm-bufio:gfp-io (selected); loop:noio (default), parts allocator (provider's"
                + " own), shrinker dm-bufio, block-device disk, filesystem xfs");
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
        assertThat(json).contains("\"summary\": {\"rules\": 3, \"passed\": 1, \"failed\": 1, \"inconclusive\": 0,"
                        + " \"harnessTimeouts\": 0, \"notApplicable\": 1")
                .contains("\"variants\": {\"selected\": {\"dm-bufio\": \"gfp-io\"}, \"defaults\": {\"loop\": \"noio\"}}")
                .contains("\"parts\": \"allocator (provider's own), shrinker dm-bufio, block-device disk, filesystem xfs\"")
                .contains("{\"case\": \"runtime/abba-mutex\", \"status\": \"fail\", \"seedsRun\": 1, \"seedsFailed\": 1}")
                .contains("\"scope\": \"full\"")
                .contains("{\"case\": \"runtime/scope-restore-order\", \"status\": \"not applicable\", \"seedsRun\": 0,"
                        + " \"seedsFailed\": 0, \"reason\": \"not applicable: provider lacks TASK_SCOPES\"}")
                .contains("{\"case\": \"runtime/abba-mutex\", \"seed\": 2, \"outcome\": \"DEADLOCK\","
                        + " \"traceHash\": \"00ff00ff00ff00ff\", \"replay\": \"mvn verify -Dreclaimtck.seed=2\","
                        + " \"variants\": {\"dm-bufio\": \"gfp-io\"}")
                .contains("{\"task\": \"xfs_io\", \"context\": \"PF_MEMALLOC_NOFS gfp=GFP_NOFS\", \"held\":"
                        + " [\"transaction 'xfs_create' on A\"], \"waitsOn\": \"bio\", \"object\": \"bio #3 WRITE sector 8"
                        + " on dm-0\", \"class\": \"bio\", \"wokenBy\": [\"loop0\"], \"stack\": [\"BlockDev.submitBioWait\","
                        + " \"DmBufio.writeAndWait\"]}");
        assertThat(Files.readString(dir.resolve("report.md")))
                .contains("seeds 1..2, variants dm-bufio:gfp-io (selected); loop:noio (default), parts allocator")
                .contains("| runtime | [RT-2](" + RuleDocs.url(RuleCatalogue.find("RT-2").orElseThrow()) + ") | MUST | **fail** | 1 | 1 | 1 |")
                .contains("### runtime/abba-mutex, seed 2", "- seed: 2, trace hash: `00ff00ff00ff00ff`",
                        "- variants: `dm-bufio:gfp-io`", "- replay: `mvn verify -Dreclaimtck.seed=2`")
                .contains("Wait-for cycle:\n\n```\nwait-for cycle of 2 tasks: xfs_io -> loop0 -> xfs_io\n")
                .contains("RT-2 violated: \"quoted\"");
        assertThat(Files.readString(dir.resolve("badge.json"))).isEqualTo("{\"schemaVersion\": 1, \"label\":"
                + " \"reclaim-tck\", \"message\": \"1 of 2 rules failed, 1 n/a\", \"color\": \"red\"}\n");
    }
}
