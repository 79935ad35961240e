package org.reclaimtck.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.suites.deadlock.S1AmpleMemoryCase;
import org.reclaimtck.tck.suites.deadlock.S1DmBufioNofsCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * S1 (9d28eb12447e): with {@code dm-bufio:gfp-io} the dm-bufio shrinker writes back under GFP_NOFS; its bio goes
 * through loop0, whose worker needs log space on A that xfs_io's transaction holds. DL-1 fails under pressure with
 * that cycle; the ample-memory twin completes; the replay command reproduces a failure's trace.
 */
class S1DmBufioNofsTest {
    private static final String CASE = "deadlock/s1-dm-bufio-nofs-writeback";
    private static EngineExecutionResults results;
    private static List<RuleViolation> failures;

    @BeforeAll
    static void runS1WithGfpIo() {
        results = Scenarios.run("s1-gfp-io", CASE + ",deadlock/s1-ample-memory", "DL-1", "dm-bufio:gfp-io");
        failures = Outcomes.violations(results);
    }

    @Test
    void pressureCaseFailsDl1WithXfsIoAndLoop0InTheCycle() {
        assertThat(Outcomes.failedRules(results)).containsExactly("DL-1");
        assertThat(failures).isNotEmpty().allSatisfy(v -> {
            assertThat(v.caseId()).isEqualTo(CASE);
            assertThat(v.outcomeKind()).isEqualTo("DEADLOCK");
            assertThat(v.cycleTasks()).contains("xfs_io", "loop0");
            assertThat(v.variants()).containsEntry("dm-bufio", "gfp-io");
        });
    }

    @Test
    void xfsIoAllocatesGfpNofsInItsTransactionAndLoop0WaitsForItsLogSpace() {
        assertThat(failures).allSatisfy(v -> {
            WaitEdge xfsIo = Outcomes.cycleEdge(v, "xfs_io");
            assertThat(xfsIo.context()).contains("gfp=GFP_NOFS");
            assertThat(xfsIo.held()).anySatisfy(h -> assertThat(h).startsWith("transaction 'xfs_create' on A"));
            WaitEdge loop0 = Outcomes.cycleEdge(v, "loop0");
            assertThat(loop0.kind()).isEqualTo(WaitKind.LOG_SPACE);
            assertThat(loop0.waitsFor()).containsExactly("xfs_io");
            assertThat(loop0.stack()).as("loop0's call trace from the provider").isNotEmpty();
        });
        assertThat(failures).anySatisfy(v -> assertThat(v.cycle()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(WaitKind.BIO);
            assertThat(e.waitsFor()).containsExactly("loop0");
        }));
    }

    @Test
    void ampleMemoryTwinPassesWithTheSameVariant() {
        assertThat(Outcomes.passedSeeds(results, S1AmpleMemoryCase.class, "DL-1")).hasSize(16);
        assertThat(Outcomes.failedSeeds(results, S1AmpleMemoryCase.class, "DL-1")).isEmpty();
        assertThat(Outcomes.failedSeeds(results, S1DmBufioNofsCase.class, "DL-1"))
                .containsExactlyElementsOf(failures.stream().map(RuleViolation::seed).toList());
    }

    @Test
    void reportsShowTheVariantTheCycleAndHowToReplayEachFailure() throws Exception {
        Path dir = TckRun.named("s1-gfp-io").reportDir();
        RuleViolation first = failures.get(0);
        String json = Files.readString(dir.resolve("report.json"));
        assertThat(json).contains("\"variants\": {\"selected\": {\"dm-bufio\": \"gfp-io\"}, \"defaults\":"
                        + " {\"xfs\": \"nofs-transactions\", \"loop\": \"noio\", \"vmscan\": \"no-writepage\","
                        + " \"writeback\": \"mem-reclaim-wq\", \"oom\": \"skip-nofs\", \"gfp-policy\": \"kernel\", \"memcg\": \"kernel\", \"mempool\": \"waits\", \"rcu\": \"kfree-shrinker\", \"block\": \"bioset-rescuer\"}}")
                .contains("\"id\": \"DL-1\", \"level\": \"MUST\"")
                .contains("{\"case\": \"deadlock/s1-ample-memory\", \"status\": \"pass\", \"seedsRun\": 16,"
                        + " \"seedsFailed\": 0}")
                .contains("{\"case\": \"" + CASE + "\", \"status\": \"fail\", \"seedsRun\": 16, \"seedsFailed\": "
                        + failures.size() + "}")
                .contains("{\"case\": \"" + CASE + "\", \"seed\": " + first.seed() + ", \"outcome\": \"DEADLOCK\","
                        + " \"traceHash\": \"" + first.traceHash().orElseThrow() + "\", \"replay\": \""
                        + first.replayCommand() + "\", \"variants\": {\"dm-bufio\": \"gfp-io\"}");
        String md = Files.readString(dir.resolve("report.md"));
        // failures are grouped by root cause; a group shows its smallest seed, which is the first failure's
        assertThat(md).containsPattern("### " + CASE + "(, seed " + first.seed() + "|: \\d+ failing runs, seeds "
                + first.seed() + ")");
        assertThat(md).contains("- seed: " + first.seed() + ", trace hash: `" + first.traceHash().orElseThrow() + "`",
                "- replay: `" + first.replayCommand() + "`",
                "Wait-for cycle:\n\n```\nwait-for cycle of " + first.cycle().size() + " tasks: "
                        + String.join(" -> ", first.cycleTasks()) + " -> " + first.cycleTasks().get(0))
                .containsPattern("\\|   loop0 \\[[^]]*\\]\n\\|     holds:     nothing\n"
                        + "\\|     waits for: log space on A[^\n]*, to be signalled by xfs_io\n\\|     call trace:\n");
        assertThat(Files.readString(dir.resolve("badge.svg"))).contains(">1 of 1 rules failed (filtered)<", "#e05d44");
    }

    @Test
    void replayCommandSelectsTheVariantAndReproducesTheTraceHash() {
        RuleViolation failed = failures.get(failures.size() - 1);
        assertThat(failed.replayCommand()).contains(" -Dreclaimtck.variant=dm-bufio:gfp-io ")
                .contains(" -Dreclaimtck.case=" + CASE + " ").endsWith(" -Dreclaimtck.seed=" + failed.seed());

        TckRun replay = TckRun.named("s1-replay");
        Matcher m = Pattern.compile("-D(reclaimtck\\.[a-z.]+)=(\\S+)").matcher(failed.replayCommand());
        while (m.find()) {
            replay.param(m.group(1), m.group(2));
        }
        EngineExecutionResults again = replay.execute();

        again.testEvents().assertStatistics(s -> s.started(1).failed(1));
        RuleViolation replayed = Outcomes.violations(again).get(0);
        assertThat(replayed.seed()).isEqualTo(failed.seed());
        assertThat(replayed.traceHash()).isPresent().isEqualTo(failed.traceHash());
        assertThat(replayed.cycleTasks()).isEqualTo(failed.cycleTasks());
    }
}
