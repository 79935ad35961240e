package org.reclaimtck.tck.report.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.report.PolicyTable;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * The S7 policy comparison (issue 9 item 10) through the engine: on forward-progress/nofs-swap-kswapd-stalled the
 * report shows one row per gfp-policy over the same 8 seeds; the kernel's NOFS reclaim swaps and frees several pages a
 * call, the merged NOIO/NOFS policy never swaps, frees under one page a call and waits longer for its allocations, and
 * SWAP-1's column passes the kernel and fails the merged policy on every seed. Two shards merge into the same tables;
 * a run without the case has none.
 */
class PolicyComparisonTest {
    private static final String CASE = "forward-progress/nofs-swap-kswapd-stalled";
    private static final Path MERGED = Path.of("target", "tck-selftest", "policy-merged");

    private static TckRun run(String name) throws IOException {
        TckRun run = TckRun.named(name).provider(ReferenceKernelProvider.class).param("reclaimtck.case", CASE);
        delete(run.reportDir());
        return run;
    }

    @BeforeAll
    static void runWholeAndShards() throws IOException {
        run("policy-whole").execute();
        TckRun one = run("policy-shard-1").param("reclaimtck.shard", "1/2");
        TckRun two = run("policy-shard-2").param("reclaimtck.shard", "2/2");
        one.execute();
        two.execute();
        delete(MERGED);
        ShardMerge.merge(MERGED, List.of(one.reportDir(), two.reportDir()));
    }

    private static PolicyTable table(String run) throws IOException {
        List<PolicyTable> tables = Ledger.read(Path.of("target", "tck-selftest", run)).policyTables();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void theTableHasBothPoliciesOnTheSameSeeds() throws IOException {
        PolicyTable t = table("policy-whole");
        assertThat(t.caseId()).isEqualTo(CASE);
        assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("kernel", "merged-noio-nofs");
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("8"));
        assertThat(t.runs()).extracting(PolicyTable.Run::seed).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L,
                8L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void theMergedPolicyCannotSwapFromNofsReclaimAndReclaimsLessPerCall() throws IOException {
        PolicyTable t = table("policy-whole");
        String k = "kernel";
        String m = "merged-noio-nofs";
        assertThat(t.sum(k, "nofsSwapOuts")).isPositive();
        assertThat(t.sum(m, "nofsSwapOuts")).isZero();
        double kernelPerCall = (double) t.sum(k, "nofsPagesReclaimed") / t.sum(k, "nofsDirectReclaims");
        double mergedPerCall = (double) t.sum(m, "nofsPagesReclaimed") / t.sum(m, "nofsDirectReclaims");
        assertThat(kernelPerCall).isGreaterThan(4 * mergedPerCall);
        assertThat(t.sum(m, "nofsDirectReclaims")).isGreaterThan(2 * t.sum(k, "nofsDirectReclaims"));
        assertThat(t.sum(m, "nofsAllocStallNanos")).isGreaterThan(t.sum(k, "nofsAllocStallNanos"));
        assertThat(t.sum(k, "oomKills") + t.sum(m, "oomKills")).isZero();
    }

    @Test
    void swap1PassesTheKernelAndFailsTheMergedPolicyOnEverySeed() throws IOException {
        List<List<String>> rows = table("policy-whole").rows();
        assertThat(table("policy-whole").headers()).last().isEqualTo("SWAP-1");
        assertThat(rows.get(0)).last().isEqualTo("pass");
        assertThat(rows.get(1)).last().isEqualTo("fail (8 of 8 seeds)");
    }

    @Test
    void everyReportShowsTheTable() throws IOException {
        assertThat(read("policy-whole", "report.md")).contains("## Policy comparison: S7",
                "| policy | seeds | NOFS direct reclaims | pages reclaimed per NOFS direct reclaim |", "| kernel | 8 |",
                "| merged-noio-nofs | 8 |");
        assertThat(read("policy-whole", "report.json")).contains("\"policyComparisons\": [",
                "[\"merged-noio-nofs\", \"8\"");
        assertThat(read("policy-whole", "report.html")).contains("<h2>Policy comparison: S7",
                "<td>merged-noio-nofs</td><td>8</td>");
    }

    @Test
    void twoShardsMergeIntoTheSameTable() throws IOException {
        assertThat(table("policy-shard-1").runs()).hasSizeBetween(2, 14);
        assertThat(Ledger.read(MERGED).policyTables()).isEqualTo(List.of(table("policy-whole")));
        assertThat(read(MERGED, "report.json")).isEqualTo(read("policy-whole", "report.json"));
    }

    @Test
    void aRunWithoutTheCaseHasNoTable() throws IOException {
        TckRun other = run("policy-none").param("reclaimtck.case", "forward-progress/nofs-swap")
                .param("reclaimtck.seeds", "1");
        other.execute();
        assertThat(read("policy-none", "report.md")).doesNotContain("Policy comparison");
        assertThat(read("policy-none", "report.json")).doesNotContain("policyComparisons");
    }

    private static String read(String run, String file) throws IOException {
        return read(Path.of("target", "tck-selftest", run), file);
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
