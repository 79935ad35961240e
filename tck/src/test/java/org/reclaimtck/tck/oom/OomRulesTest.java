package org.reclaimtck.tck.oom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.providers.EagerOomProvider;
import org.reclaimtck.tck.suites.oom.AnonOomCase;
import org.reclaimtck.tck.suites.oom.NofailFromReclaimCase;
import org.reclaimtck.tck.suites.oom.NofsOomCase;
import org.reclaimtck.tck.suites.oom.OomReaperCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * OOM-1..3 and NOFAIL-1 through the engine: each variant of the OOM killer and of XFS fails its named rule on every
 * seed, naming the task and the part that made the request; a kernel that kills before reclaiming fails OOM-1; the
 * reference's defaults pass the forward-progress OOM cases over 100 seeds, with OOM-killed tasks counted as normal
 * ends (passed, not inconclusive).
 */
class OomRulesTest {
    private static EngineExecutionResults run(String name, String cases, String rules, String variant) {
        TckRun run = TckRun.named(name).provider(ReferenceKernelProvider.class).param("reclaimtck.case", cases)
                .param("reclaimtck.rules", rules);
        return (variant == null ? run : run.param("reclaimtck.variant", variant)).execute();
    }

    private static List<Long> allSeeds(int n) {
        return java.util.stream.LongStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void killForNofsFailsOom3OnEverySeedNamingTheNofsCaller() {
        EngineExecutionResults r = run("oom-kill-for-nofs", "forward-progress/nofs-oom", "OOM-3", "oom:kill-for-nofs");

        assertThat(Outcomes.failedSeeds(r, NofsOomCase.class, "OOM-3")).containsExactlyElementsOf(allSeeds(16));
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.getMessage()).contains("OOM-3 (MUST)").contains("xfs_io made a request without __GFP_FS")
                    .contains("gfp_mask=GFP_NOFS").contains("killed memhog").contains("Out of memory: Killed process");
            assertThat(v.variants()).containsEntry("oom", "kill-for-nofs");
        });
    }

    @Test
    void withoutTheReaperAVictimInAnUninterruptibleWaitFailsOom2() {
        EngineExecutionResults r = TckRun.named("oom-no-reaper").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/oom-victim-in-uninterruptible-wait")
                .param("reclaimtck.rules", "OOM-2").param("reclaimtck.variant", "oom:no-reaper")
                .param("reclaimtck.seeds", "3").param("reclaimtck.timeout", "2m").execute();

        assertThat(Outcomes.failedSeeds(r, OomReaperCase.class, "OOM-2")).containsExactlyElementsOf(allSeeds(3));
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("OOM victim memhog").contains("neither exited nor was reaped").contains("HUNG_TASK"));
    }

    @Test
    void nofailInReclaimIsAViolationOfXfsNotOfTheAllocator() {
        EngineExecutionResults r = run("xfs-nofail-in-reclaim", "forward-progress/nofail-from-reclaim", "NOFAIL-1",
                "xfs:nofail-in-reclaim");

        assertThat(Outcomes.failedSeeds(r, NofailFromReclaimCase.class, "NOFAIL-1"))
                .containsExactlyElementsOf(allSeeds(16));
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("A free_cached_objects (in task ").contains("gfp_mask=GFP_NOFS|__GFP_NOFAIL order=0")
                .contains("WARNING nofail-pf-memalloc").contains("A super_cache_scan -> A free_cached_objects"));
    }

    @Test
    void highOrderNofailOnTheReclaimPathFailsNofail1WithItsOrder() {
        EngineExecutionResults r = run("xfs-nofail-high-order", "forward-progress/nofail-from-reclaim", "NOFAIL-1",
                "xfs:nofail-high-order");

        assertThat(Outcomes.failedSeeds(r, NofailFromReclaimCase.class, "NOFAIL-1"))
                .containsExactlyElementsOf(allSeeds(16));
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("A free_cached_objects (in task ").contains("order=2")
                .contains("WARNING nofail-order: __GFP_NOFAIL with order 2 > 1"));
    }

    @Test
    void aKernelThatKillsBeforeReclaimingFailsOom1() {
        EngineExecutionResults r = TckRun.named("eager-oom").provider(EagerOomProvider.class)
                .param("reclaimtck.case", "forward-progress/anon-oom").param("reclaimtck.rules", "OOM-1").execute();

        assertThat(Outcomes.failedSeeds(r, AnonOomCase.class, "OOM-1")).isNotEmpty();
        assertThat(Outcomes.violations(r)).extracting(RuleViolation::ruleId).containsOnly("OOM-1");
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("pages were reclaimable").contains("reclaim could still meet the request"));
    }

    @Test
    void theDefaultsPassTheOomCasesOver100SeedsAndKillsAreNormalEnds() {
        EngineExecutionResults r = TckRun.named("oom-fixed-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/anon-oom,forward-progress/nofs-oom,"
                        + "forward-progress/oom-victim-in-uninterruptible-wait,forward-progress/nofail-from-reclaim")
                .param("reclaimtck.seeds", "100").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedRules(r)).containsExactlyInAnyOrder("OOM-1", "OOM-2", "OOM-3", "NOFAIL-1");
        assertThat(Outcomes.passedSeeds(r, AnonOomCase.class, "OOM-1")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, AnonOomCase.class, "OOM-2")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, NofsOomCase.class, "OOM-3")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, OomReaperCase.class, "OOM-2")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, NofailFromReclaimCase.class, "NOFAIL-1")).hasSize(100);
    }
}
