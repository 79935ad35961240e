package org.reclaimtck.tck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.rules.RuleCatalogue;

/** One root cause is reported once, with its seeds, whatever number of seeds it failed; report.md stays bounded. */
class FailureGroupTest {
    private static WaitEdge edge(String task, WaitKind kind, String object, String lockClass) {
        return new WaitEdge(task, "", List.of(), kind, object, lockClass, List.of());
    }

    /** The S1 cycle, drawn from whichever task the run's wait-for search met first. */
    private static List<WaitEdge> s1(long seed, boolean fromLoop) {
        WaitEdge io = edge("xfs_io", WaitKind.BIO, "#" + (seed + 3) + " WRITE sector 8 on dm-0", "bio:dm-0");
        WaitEdge log = edge("loop0", WaitKind.LOG_SPACE, "on A", "A->log");
        return fromLoop ? List.of(log, io) : List.of(io, log);
    }

    private static FailureRecord deadlock(long seed) {
        return new FailureRecord("deadlock/s1-dm-bufio-nofs-writeback", seed, "DEADLOCK", "hash" + seed,
                "mvn verify -Dreclaimtck.seed=" + seed, "DL-1 violated: the workload did not complete: DEADLOCK in the"
                + " storage stack (" + (7 + seed % 2) + " tasks)\nseed " + seed, s1(seed, seed % 3 == 0), List.of(),
                Map.of());
    }

    @Test
    void sixtyFourSeedsOfOneCycleAreOneGroupWhateverTaskItIsDrawnFrom() {
        List<FailureRecord> failures = new ArrayList<>();
        for (long seed = 64; seed >= 1; seed--) {
            failures.add(deadlock(seed));
        }
        List<FailureGroup> groups = FailureGroup.of(failures);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.failures()).hasSize(64);
            assertThat(g.representative().seed()).isEqualTo(1);
            assertThat(g.seeds()).isEqualTo("1-64");
        });
    }

    @Test
    void aDifferentCycleOrOutcomeIsAnotherRootCause() {
        FailureRecord lostWakeup = new FailureRecord("deadlock/s2-loop-worker-reclaim", 4, "LOST_WAKEUP", null,
                "replay", "DL-1 violated: the workload did not complete: LOST_WAKEUP", List.of(), List.of(), Map.of());
        List<FailureGroup> groups = FailureGroup.of(List.of(deadlock(2), lostWakeup, deadlock(5), deadlock(3)));

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).seeds()).isEqualTo("2-3, 5");
        assertThat(groups.get(1).cases()).containsExactly("deadlock/s2-loop-worker-reclaim");
    }

    @Test
    void aProviderThatCannotBootIsOneGroupAcrossCasesAndReportMdStaysSmall() {
        ResultCollector c = new ResultCollector();
        c.rule("deadlock", RuleCatalogue.find("DL-1").orElseThrow());
        for (String id : List.of("s1-dm-bufio-nofs-writeback", "s2-loop-worker-reclaim", "s3-ample-memory")) {
            for (long seed = 1; seed <= 64; seed++) {
                c.failed("deadlock", RuleCatalogue.find("DL-1").orElseThrow(), new FailureRecord("deadlock/" + id,
                        seed, "PROVIDER_CRASH", null, "replay " + seed, "DL-1 violated: boot() threw"
                        + " java.lang.IllegalStateException: no disk\n" + "x".repeat(2000), List.of(), List.of(),
                        Map.of()));
            }
        }
        String md = MarkdownReport.render(new RunInfo("0.1.0", "broken", "1", "1..64",
                VariantsInEffect.of(List.of(), Map.of())), c.records());

        assertThat(md).contains("192 failing runs, 1 root cause.")
                .contains("### deadlock/s1-dm-bufio-nofs-writeback, deadlock/s2-loop-worker-reclaim,"
                        + " deadlock/s3-ample-memory: 192 failing runs, seeds 1-64");
        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThan(10_000);
    }

    @Test
    void reportMdIsCutAtALimitAndSaysWhat() {
        ResultCollector c = new ResultCollector();
        c.rule("deadlock", RuleCatalogue.find("DL-1").orElseThrow());
        for (int i = 0; i < 400; i++) {
            c.failed("deadlock", RuleCatalogue.find("DL-1").orElseThrow(), new FailureRecord("deadlock/case-"
                    + (char) ('a' + i % 26) + (char) ('a' + i / 26), 1, "DEADLOCK", null, "replay",
                    "DL-1 violated: cause " + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "\n" + "y".repeat(5000),
                    List.of(), List.of(), Map.of()));
        }
        String md = MarkdownReport.render(new RunInfo("0.1.0", "broken", "1", "1",
                VariantsInEffect.of(List.of(), Map.of())), c.records());

        assertThat(md.length()).isLessThan(MarkdownReport.LIMIT + 1000);
        assertThat(md).containsPattern("\\d+ more failure groups \\(\\d+ failing runs\\) cut to keep report.md under"
                + " 1000 KB; report.json and failures/ have every one.");
    }
}
