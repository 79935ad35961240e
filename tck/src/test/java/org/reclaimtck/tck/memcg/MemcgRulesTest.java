package org.reclaimtck.tck.memcg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.suites.memcg.MemcgNofsChargeCase;
import org.reclaimtck.tck.suites.oom.MemcgPageCacheCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * MEMCG-1..3 through the engine: each memcg variant fails its named rule on every seed, in kernel terms (the charging
 * task, the masks, the memcg, the victim's cgroup), and only that rule; {@code memcg:reclaim-root-lruvec} fails OOM-1
 * on the memcg's page cache; the kernel's semantics pass both cases over 100 seeds.
 */
class MemcgRulesTest {
    private static final String CASE = "forward-progress/memcg-nofs-charge";
    private static final String PAGE_CACHE = "forward-progress/memcg-page-cache";

    /** The violations of {@code memcg:<variant>} on {@code caseId}: {@code rule} alone, on every one of 16 seeds. */
    private static List<RuleViolation> failsOnEverySeed(String variant, String caseId, Class<?> caseType, String rule) {
        EngineExecutionResults r = TckRun.named("memcg-" + variant).provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", caseId).param("reclaimtck.variant", "memcg:" + variant).execute();
        assertThat(Outcomes.failedSeeds(r, caseType, rule)).containsExactlyElementsOf(allSeeds());
        assertThat(Outcomes.violations(r)).extracting(RuleViolation::ruleId).containsOnly(rule);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.variants()).containsEntry("memcg", variant));
        return Outcomes.violations(r);
    }

    private static List<Long> allSeeds() {
        return LongStream.rangeClosed(1, 16).boxed().toList();
    }

    @Test
    void reclaimThatIgnoresTheScopeFailsMemcg1OnEverySeedEnteringTheFilesystem() {
        assertThat(failsOnEverySeed("reclaim-ignores-scope", CASE, MemcgNofsChargeCase.class, "MEMCG-1"))
                .allSatisfy(v -> assertThat(v.getMessage()).contains("MEMCG-1 (MUST)")
                        .contains("task xfs_io charged memcg /job").contains("scoped mask GFP_NOFS|")
                        .contains("gfp_flags=GFP_HIGHUSER_MOVABLE").contains("entered the filesystem")
                        .contains("A super_cache_scan"));
    }

    @Test
    void anOomThatSkipsNofsFailsMemcg2OnEverySeed() {
        assertThat(failsOnEverySeed("oom-skips-nofs", CASE, MemcgNofsChargeCase.class, "MEMCG-2"))
                .allSatisfy(v -> assertThat(v.getMessage()).contains("MEMCG-2 (MUST)")
                        .contains("task xfs_io invoked the memcg OOM killer of /job (gfp_mask=GFP_NOFS|")
                        .contains("usage 256 of 256 pages").contains("killed nothing")
                        .contains("mm_vmscan_memcg_reclaim_begin memcg=/job"));
    }

    @Test
    void anOomThatKillsOutsideTheMemcgFailsMemcg3OnEverySeed() {
        assertThat(failsOnEverySeed("oom-global-victim", CASE, MemcgNofsChargeCase.class, "MEMCG-3"))
                .allSatisfy(v -> assertThat(v.getMessage()).contains("MEMCG-3 (MUST)")
                        .contains("a memcg OOM of /job (invoked by xfs_io").contains("killed postgres, which is in cgroup /")
                        .contains("CONSTRAINT_MEMCG oom_memcg=/job"));
    }

    @Test
    void reclaimOfTheRootsLruvecFailsOom1OnEverySeedOfTheMemcgPageCache() {
        assertThat(failsOnEverySeed("reclaim-root-lruvec", PAGE_CACHE, MemcgPageCacheCase.class, "OOM-1"))
                .allSatisfy(v -> assertThat(v.getMessage()).contains("OOM-1 (MUST)")
                        .contains("cat invoked the OOM killer").contains("killed cat while 256 pages were reclaimable")
                        .contains("in memcg /job").contains("CONSTRAINT_MEMCG oom_memcg=/job"));
    }

    @Test
    void theMemcgPageCacheIsReclaimedWithoutAKillOver100Seeds() {
        EngineExecutionResults r = TckRun.named("memcg-page-cache-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", PAGE_CACHE).param("reclaimtck.seeds", "100").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, MemcgPageCacheCase.class, "OOM-1")).hasSize(100);
        assertThat(notes(r, "oom-kills")).hasSize(100).containsOnly("0");
    }

    @Test
    void theKernelsMemcgPassesOver100Seeds() {
        EngineExecutionResults r = TckRun.named("memcg-kernel-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", CASE).param("reclaimtck.seeds", "100").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        for (String rule : List.of("MEMCG-1", "MEMCG-2", "MEMCG-3")) {
            assertThat(Outcomes.passedSeeds(r, MemcgNofsChargeCase.class, rule)).as(rule).hasSize(100);
        }
        assertThat(notes(r, "memcg-oom-kills")).as("every seed's memcg OOM killed, inside /job").hasSize(100)
                .allSatisfy(n -> assertThat(Long.parseLong(n)).isPositive());
        assertThat(notes(r, "memcg-reclaims")).hasSize(100).allSatisfy(n -> assertThat(Long.parseLong(n))
                .isGreaterThan(16));
    }

    /** The values one note took, one per judged run. */
    private static List<String> notes(EngineExecutionResults r, String key) {
        return r.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .filter(m -> m.containsKey(key)).map(m -> m.get(key)).toList();
    }
}
