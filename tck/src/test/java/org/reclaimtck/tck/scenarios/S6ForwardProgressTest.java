package org.reclaimtck.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.suites.forward.S6DirtyTailCase;
import org.reclaimtck.tck.suites.forward.S6FlusherUnderPressureCase;
import org.reclaimtck.tck.suites.forward.S6ReclaimRotationCase;
import org.reclaimtck.tck.suites.forward.S6StreamingWriterCase;
import org.reclaimtck.tck.providers.AsyncSyncProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * S6: the forward-progress suite passes FP-2..FP-8 with the reference's default reclaim over 100 seeds;
 * each broken variant fails its named rule: {@code vmscan:no-flusher-wakeup} and {@code vmscan:noprogress-gives-up} FP-5
 * (the failure shows the LRU state that led to it), {@code vmscan:noprogress-hz10} FP-3 and FP-6, {@code vmscan:kswapd-writepage}
 * FP-2, a sync that does not wait FP-4, {@code vmscan:no-reclaim-rotation} FP-7 on {@code s6-reclaim-rotation},
 * {@code writeback:no-mem-reclaim-wq} FP-5 on {@code s6-flusher-under-pressure}, {@code vmscan:kswapd-congestion-wait}
 * FP-8.
 */
class S6ForwardProgressTest {
    private static final String RULES = "FP-2,FP-3,FP-4,FP-5,FP-6,FP-7,FP-8";

    @Test
    void theDefaultsPassOver100Seeds() {
        EngineExecutionResults r = Scenarios.on("s6-fixed-100", "forward-progress/*", RULES, null)
                .param("reclaimtck.seeds", "100").execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedRules(r)).containsExactlyInAnyOrder("FP-2", "FP-3", "FP-4", "FP-5", "FP-6", "FP-7",
                "FP-8");
        for (String rule : RULES.split(",")) {
            assertThat(Outcomes.passedSeeds(r, S6DirtyTailCase.class, rule)).as(rule).hasSize(100);
            assertThat(Outcomes.passedSeeds(r, S6StreamingWriterCase.class, rule)).as(rule).hasSize(100);
        }
        for (String rule : List.of("FP-2", "FP-3", "FP-5", "FP-6", "FP-7", "FP-8")) {
            assertThat(Outcomes.passedSeeds(r, S6ReclaimRotationCase.class, rule)).as(rule).hasSize(100);
        }
        for (String rule : List.of("FP-2", "FP-3", "FP-5", "FP-7", "FP-8")) {
            assertThat(Outcomes.passedSeeds(r, S6FlusherUnderPressureCase.class, rule)).as(rule).hasSize(100);
        }
    }

    /**
     * Runs {@code s6-dirty-tail} with {@code variant}, judged by {@code rule} only; asserts the rule fails on at least
     * {@code minSeeds} of the 16 seeds and every failure message contains {@code expected}.
     */
    private static void dirtyTailFails(String variant, String rule, int minSeeds, String... expected) {
        fails(S6DirtyTailCase.class, "s6-dirty-tail", variant, rule, minSeeds, expected);
    }

    /** As {@link #dirtyTailFails} on the case {@code caseClass} of id {@code forward-progress/<id>}. */
    private static void fails(Class<?> caseClass, String id, String variant, String rule, int minSeeds,
                              String... expected) {
        EngineExecutionResults r = Scenarios.run("s6-" + variant.substring(variant.indexOf(':') + 1) + "-" + rule,
                "forward-progress/" + id, rule, variant);

        assertThat(Outcomes.failedRules(r)).containsExactly(rule);
        assertThat(Outcomes.failedSeeds(r, caseClass, rule)).hasSizeGreaterThanOrEqualTo(minSeeds);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .startsWith(rule + " violated: ").contains(expected));
    }

    @Test
    void flushersNotWokenOomWithCleanableMemory() {
        dirtyTailFails("vmscan:no-flusher-wakeup", "FP-5", 16, "file folios were dirty", "nr_dirty=",
                "nr_writeback=", "PG_reclaim set by reclaim on ", "nr_immediate=",
                "last pass: mm_vmscan_lru_shrink_inactive");
    }

    @Test
    void noprogressThrottlingThatGivesUpEarlyOoms() {
        dirtyTailFails("vmscan:noprogress-gives-up", "FP-5", 12, "OOM kill of ", "(gfp_mask=GFP_KERNEL)",
                "under writeback (cleanable)");
    }

    @Test
    void noprogressThrottlingOfHz10FailsBoundedThrottling() {
        dirtyTailFails("vmscan:noprogress-hz10", "FP-3", 16, "memhog throttled VMSCAN_THROTTLE_",
                "with a timeout of 100 ms, over the kernel's 10 ms");
    }

    @Test
    void noprogressThrottlingOfHz10FailsDirectReclaimLatency() {
        dirtyTailFails("vmscan:noprogress-hz10", "FP-6", 12, "direct reclaims is ", "us, over 50000 us");
    }

    @Test
    void noReclaimRotationLeavesWrittenBackFoliosBehindCleanOnes() {
        fails(S6ReclaimRotationCase.class, "s6-reclaim-rotation", "vmscan:no-reclaim-rotation", "FP-7", 16,
                "ended writeback with PG_reclaim", "other file folios before it", "mm_filemap_delete_from_page_cache /clean",
                "folio_rotate_reclaimable");
    }

    @Test
    void aBdiWqWithoutRescuerCannotStartTheFlusherUnderPressure() {
        fails(S6FlusherUnderPressureCase.class, "s6-flusher-under-pressure", "writeback:no-mem-reclaim-wq", "FP-5", 16,
                "file folios were dirty", "no flusher started the writeback queued at ", "writeback_queue bdi vda",
                "reason=vmscan", "work wb_workfn vda queued on writeback",
                "no worker was created for it and no rescuer ran it");
    }

    @Test
    void kswapdNappingHz10AtEveryPriorityFailsKswapdLatency() {
        fails(S6StreamingWriterCase.class, "s6-streaming-writer", "vmscan:kswapd-congestion-wait", "FP-8", 14,
                "kswapd runs (mm_vmscan_wakeup_kswapd to mm_vmscan_kswapd_sleep) is ", "over 100000 us",
                "kswapd0: wait sleep schedule_timeout(100)");
    }

    @Test
    void kswapdWritingDirtyFoliosFailsReclaimNeverWrites() {
        dirtyTailFails("vmscan:kswapd-writepage", "FP-2", 1, "kswapd0 wrote a file folio inside kswapd",
                "fs_enter A writepages /dirty");
    }

    @Test
    void aSyncThatDoesNotWaitFailsDurability() {
        EngineExecutionResults r = TckRun.named("s6-async-sync").provider(AsyncSyncProvider.class)
                .param("reclaimtck.case", "forward-progress/*").param("reclaimtck.rules", "FP-4").execute();

        assertThat(Outcomes.failedRules(r)).containsExactly("FP-4");
        assertThat(Outcomes.failedSeeds(r, S6DirtyTailCase.class, "FP-4")).hasSize(16);
        assertThat(Outcomes.failedSeeds(r, S6StreamingWriterCase.class, "FP-4")).hasSize(16);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("sync by ", "dirtied before it began"));
    }
}
