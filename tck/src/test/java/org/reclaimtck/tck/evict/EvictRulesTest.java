package org.reclaimtck.tck.evict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.suites.evict.EvictJudge;
import org.reclaimtck.tck.suites.evict.S4DentryEvictCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * EVICT-1 and EVICT-2 through the engine (S4): without inodegc ({@code xfs:inline-evict}) kswapd and direct reclaim
 * wait for log space and inode cluster reads while evicting the inodes of the dentries they pruned, on every seed;
 * XFS's inodegc passes both over 100 seeds. The judge's exclusions (a wait outside reclaim, a wait on the inodegc
 * worker) are checked on fabricated traces.
 */
class EvictRulesTest {
    private static final List<Long> SEEDS_1_TO_16 = LongStream.rangeClosed(1, 16).boxed().toList();

    @Test
    void inlineEvictionFromDentryReclaimFailsEvict1AndEvict2OnEverySeed() {
        EngineExecutionResults r = TckRun.named("evict-inline").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/s4-dentry-evict")
                .param("reclaimtck.variant", "xfs:inline-evict").execute();

        assertThat(Outcomes.failedSeeds(r, S4DentryEvictCase.class, "EVICT-1")).containsExactlyElementsOf(SEEDS_1_TO_16);
        assertThat(Outcomes.failedSeeds(r, S4DentryEvictCase.class, "EVICT-2")).containsExactlyElementsOf(SEEDS_1_TO_16);
        assertThat(Outcomes.violations(r)).allSatisfy(v -> {
            assertThat(v.variants()).containsEntry("xfs", "inline-evict");
            assertThat(v.outcomeKind()).isEqualTo("COMPLETED");
            if (v.getMessage().contains("EVICT-1 (MUST)")) {
                assertThat(v.getMessage()).containsPattern("task \\S+ in (direct reclaim \\(GFP_HIGHUSER_MOVABLE\\)|kswapd"
                        + " \\(GFP_KERNEL\\)) -> sb-A scan_objects \\(GFP_\\w+\\) -> A evict_inode of inode \\d+ /f\\d+"
                        + "( nlink=0)? waited on (log space on A|bio #\\d+ READ sector \\d+ on vda)");
            } else {
                assertThat(v.getMessage()).contains("EVICT-2 (SHOULD)")
                        .containsPattern("p99 of the journal and I/O wait per direct reclaim is \\d+ us");
            }
        });
    }

    @Test
    void xfsInodegcPassesBothRulesOver100Seeds() {
        EngineExecutionResults r = TckRun.named("evict-100").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "forward-progress/s4-dentry-evict").param("reclaimtck.seeds", "100")
                .execute();

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).skipped(0));
        assertThat(Outcomes.passedSeeds(r, S4DentryEvictCase.class, "EVICT-1")).hasSize(100);
        assertThat(Outcomes.passedSeeds(r, S4DentryEvictCase.class, "EVICT-2")).hasSize(100);
    }

    private static TraceEvent.WaitBegin logSpaceWait(long t, String task) {
        return new TraceEvent.WaitBegin(t, task, WaitKind.LOG_SPACE, "on A", "A->log", List.of("xfsaild/A"), false);
    }

    @Test
    void onlyJournalAndIoWaitsInsideAShrinkerOrAnEvictionByAReclaimerAreJudged() {
        ShrinkControl sc = new ShrinkControl(Gfp.GFP_KERNEL, 0, 128, null);
        List<TraceEvent> trace = List.of(
                // outside reclaim: the inodegc worker's own wait is what the design wants
                new TraceEvent.FsEnter(1, "kworker/xfs-inodegc/A:0", "A", "evict_inode 7"),
                logSpaceWait(2, "kworker/xfs-inodegc/A:0"),
                // in direct reclaim and super_cache_scan: the throttle's wait on the worker is not judged...
                new TraceEvent.DirectReclaimBegin(3, "memhog", Gfp.GFP_KERNEL, 0),
                new TraceEvent.ShrinkerScanBegin(4, "memhog", "sb-A", sc),
                new TraceEvent.FsEnter(5, "memhog", "A", "destroy_inode 8 /f8"),
                new TraceEvent.WaitBegin(6, "memhog", WaitKind.WAITQUEUE, "flush_work(xfs_inodegc_worker A)",
                        "(work_completion)(xfs_inodegc_worker A)", List.of("kworker/xfs-inodegc/A:0"), false),
                new TraceEvent.Woken(7, "memhog", "flush_work(xfs_inodegc_worker A)", "kworker/xfs-inodegc/A:0"),
                // ...a log-space wait there is
                logSpaceWait(8, "memhog"),
                new TraceEvent.Woken(9, "memhog", "on A", "xfsaild/A"),
                new TraceEvent.FsLeave(10, "memhog", "A", "destroy_inode 8 /f8"),
                new TraceEvent.ShrinkerScanEnd(11, "memhog", "sb-A", 1),
                new TraceEvent.DirectReclaimEnd(12, "memhog", 1));

        assertThat(EvictJudge.reclaimWaitsOnJournalOrIo(trace)).singleElement().asString()
                .startsWith("task memhog in direct reclaim (GFP_KERNEL) -> sb-A scan_objects (GFP_KERNEL) -> A"
                        + " destroy_inode of inode 8 /f8 waited on log space on A");
        assertThat(EvictJudge.directReclaimJournalIoLatency(trace)).isEmpty();
    }
}
