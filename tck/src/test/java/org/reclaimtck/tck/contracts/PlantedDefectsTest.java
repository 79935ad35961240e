package org.reclaimtck.tck.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.contracts.parts.CostlyRetriesAllocatorType;
import org.reclaimtck.tck.contracts.parts.EarlyAckBlockType;
import org.reclaimtck.tck.contracts.parts.FastPathAtMinAllocatorType;
import org.reclaimtck.tck.contracts.parts.NofailGivesUpAllocatorType;
import org.reclaimtck.tck.contracts.parts.NofsBlindCacheType;
import org.reclaimtck.tck.contracts.parts.SlowCacheType;
import org.reclaimtck.tck.contracts.parts.SyncEvictFsType;
import org.reclaimtck.tck.providers.LenientBlockLayerProvider;
import org.reclaimtck.tck.providers.SmallCacheSkippedProvider;
import org.reclaimtck.tck.providers.SoftirqCompletionsProvider;
import org.reclaimtck.tck.providers.UnbatchedShrinkSlabProvider;
import org.reclaimtck.tck.providers.UntracedWakeupsProvider;
import org.reclaimtck.tck.suites.allocator.FailureModesCase;
import org.reclaimtck.tck.suites.allocator.WatermarksCase;
import org.reclaimtck.tck.suites.block.EndioContextCase;
import org.reclaimtck.tck.suites.block.EndioTwiceCase;
import org.reclaimtck.tck.suites.block.StackedCompletionCase;
import org.reclaimtck.tck.suites.fs.ReclaimEntryCase;
import org.reclaimtck.tck.suites.fs.TransactionsCase;
import org.reclaimtck.tck.suites.reclaim.ShrinkSlabCase;
import org.reclaimtck.tck.suites.runtime.WaitWakeCase;
import org.reclaimtck.tck.suites.shrinker.KswapdLatencyCase;
import org.reclaimtck.tck.suites.shrinker.ShrinkerContextsCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** One planted defect per contract family fails the rule it breaks, named in the failure; the reference passes. */
class PlantedDefectsTest {
    private static TckRun run(String name, Class<?> caseType) {
        return TckRun.named("planted-" + name).provider(ReferenceKernelProvider.class).param("reclaimtck.seeds", "4")
                .select(selectClass(caseType));
    }

    @Test
    void anAllocatorWhoseFastPathTestsMinFailsAlloc2AndTheReferencePasses() {
        EngineExecutionResults broken = run("allocator", WatermarksCase.class)
                .param("reclaimtck.parts", "allocator:" + FastPathAtMinAllocatorType.NAME).execute();
        EngineExecutionResults reference = run("allocator-ref", WatermarksCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, WatermarksCase.class, "ALLOC-2")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).allSatisfy(v -> assertThat(v.getMessage())
                .contains("-Dreclaimtck.parts=allocator:fastpath-at-min"));
        assertThat(Outcomes.violations(broken)).anySatisfy(v -> assertThat(v.getMessage())
                .contains("ALLOC-2").contains("returned without mm_vmscan_wakeup_kswapd while kswapd slept"));
        assertThat(reference.testEvents().failed().count()).isZero();
        assertThat(Outcomes.passedRules(reference)).contains("ALLOC-1", "ALLOC-2", "ALLOC-3");
    }

    @Test
    void aReclaimCoreThatAsksForTheWholeTotalInOneCallFailsReclaim1AndTheReferencePasses() {
        EngineExecutionResults broken = run("reclaim", ShrinkSlabCase.class)
                .provider(UnbatchedShrinkSlabProvider.class).execute();
        EngineExecutionResults reference = run("reclaim-ref", ShrinkSlabCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, ShrinkSlabCase.class, "RECLAIM-1")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.passedSeeds(broken, ShrinkSlabCase.class, "RECLAIM-3")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.passedSeeds(broken, ShrinkSlabCase.class, "RECLAIM-5")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).anySatisfy(v -> assertThat(v.getMessage()).contains("RECLAIM-1")
                .contains("probe-a round 9 (proactive call 1, priority 4, freeable 1000, seeks 2, nr_deferred 114):"
                        + " do_shrink_slab asked nr_to_scan [131], K-SHRINK-2 gives [128]"));
        assertThat(reference.testEvents().failed().count()).isZero();
    }

    @Test
    void aShrinkerThatEntersItsFilesystemFromNofsReclaimFailsShrink1AndTheReferencePasses() {
        EngineExecutionResults broken = run("shrinker", ShrinkerContextsCase.class)
                .param("reclaimtck.parts", "shrinker:" + NofsBlindCacheType.NAME).execute();
        EngineExecutionResults reference = run("shrinker-ref", ShrinkerContextsCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, ShrinkerContextsCase.class, "SHRINK-1")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.passedSeeds(broken, ShrinkerContextsCase.class, "SHRINK-3")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).anySatisfy(v -> assertThat(v.getMessage()).contains("SHRINK-1")
                .contains("memory.reclaim entered filesystem A (trans_start) inside nofs-blind-cache:shrinker0"
                        + " scan_objects (GFP_NOIO), which lacks __GFP_FS"));
        assertThat(reference.testEvents().failed().count()).isZero();
    }

    @Test
    void aShrinkerThatSleepsInItsCallbacksFailsShrink5AndTheReferencePasses() {
        EngineExecutionResults broken = run("slow-shrinker", ShrinkerContextsCase.class)
                .select(selectClass(KswapdLatencyCase.class)).param("reclaimtck.rules", "SHRINK-5")
                .param("reclaimtck.parts", "shrinker:" + SlowCacheType.NAME).execute();
        EngineExecutionResults reference = run("slow-shrinker-ref", ShrinkerContextsCase.class)
                .select(selectClass(KswapdLatencyCase.class)).param("reclaimtck.rules", "SHRINK-5").execute();

        assertThat(Outcomes.failedSeeds(broken, ShrinkerContextsCase.class, "SHRINK-5")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.failedSeeds(broken, KswapdLatencyCase.class, "SHRINK-5")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).allSatisfy(v -> assertThat(v.getMessage()).contains("SHRINK-5")
                .contains("slow-cache:shrinker0 count_objects calls is 20000 us, over 1000 us"));
        assertThat(Outcomes.violations(broken)).anySatisfy(v -> assertThat(v.getMessage())
                .contains("slow-cache:shrinker0 scan_objects calls is 200000 us, over 10000 us"));
        assertThat(reference.testEvents().failed().count()).isZero();
        assertThat(Outcomes.passedRules(reference)).containsExactly("SHRINK-5");
    }

    @Test
    void aStackingDriverThatAcknowledgesBeforeItsCloneCompletesFailsBlk3AndTheReferencePasses() {
        EngineExecutionResults broken = run("block", StackedCompletionCase.class)
                .param("reclaimtck.parts", "block-device:" + EarlyAckBlockType.NAME).execute();
        EngineExecutionResults reference = run("block-ref", StackedCompletionCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, StackedCompletionCase.class, "BLK-3")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.passedSeeds(broken, StackedCompletionCase.class, "BLK-1")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).allSatisfy(v -> assertThat(v.getMessage()).contains("BLK-3")
                .contains("on blk0 completed before any bio it submitted to vda had completed"));
        assertThat(reference.testEvents().failed().count()).isZero();
        assertThat(Outcomes.passedRules(reference)).contains("BLK-1", "BLK-2", "BLK-3");
    }

    @Test
    void aFilesystemThatWaitsForTheDiskInEvictionFailsFs4AndTheReferencePasses() {
        EngineExecutionResults broken = run("fs", ReclaimEntryCase.class)
                .param("reclaimtck.parts", "filesystem:" + SyncEvictFsType.NAME).execute();
        EngineExecutionResults reference = run("fs-ref", ReclaimEntryCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, ReclaimEntryCase.class, "FS-4")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.passedSeeds(broken, ReclaimEntryCase.class, "FS-3")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).allSatisfy(v -> assertThat(v.getMessage()).contains("FS-4")
                .contains("memory.reclaim waited for bio").contains("in A evict_inode")
                .contains("-Dreclaimtck.parts=filesystem:sync-evict-xfs"));
        assertThat(reference.testEvents().failed().count()).isZero();
        assertThat(Outcomes.passedRules(reference)).contains("FS-3", "FS-4");
    }

    @Test
    void xfsWithoutItsNofsScopeFailsFs1() {
        EngineExecutionResults broken = run("fs-variant", TransactionsCase.class)
                .param("reclaimtck.variant", "xfs:no-nofs-scope").execute();

        assertThat(Outcomes.failedSeeds(broken, TransactionsCase.class, "FS-1")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.passedSeeds(broken, TransactionsCase.class, "FS-2")).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anAllocatorWhoseCostlyOrdersKeepReclaimingFailsAlloc10AndTheReferencePasses() {
        EngineExecutionResults broken = run("alloc-costly", FailureModesCase.class)
                .param("reclaimtck.parts", "allocator:" + CostlyRetriesAllocatorType.NAME).execute();
        EngineExecutionResults reference = run("alloc-costly-ref", FailureModesCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, FailureModesCase.class, "ALLOC-10")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.passedSeeds(broken, FailureModesCase.class, "ALLOC-6")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).anySatisfy(v -> assertThat(v.getMessage()).contains("ALLOC-10")
                .contains("(order=4 gfp=GFP_KERNEL with 64 free pages) entered direct reclaim 17 times; a costly order"
                        + " without __GFP_RETRY_MAYFAIL gives up after the first"));
        assertThat(reference.testEvents().failed().count()).isZero();
        assertThat(Outcomes.passedRules(reference)).contains("ALLOC-6", "ALLOC-7", "ALLOC-10");
    }

    @Test
    void anAllocatorWhoseNofailGivesUpAtTheNoProgressEndFailsAlloc7() {
        EngineExecutionResults broken = run("alloc-nofail", FailureModesCase.class)
                .param("reclaimtck.parts", "allocator:" + NofailGivesUpAllocatorType.NAME).execute();

        assertThat(Outcomes.failedSeeds(broken, FailureModesCase.class, "ALLOC-7")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.passedSeeds(broken, FailureModesCase.class, "ALLOC-10")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).anySatisfy(v -> assertThat(v.getMessage()).contains("ALLOC-7")
                .contains("(order=4 gfp=GFP_KERNEL|__GFP_NOFAIL with 64 free pages) failed: __GFP_NOFAIL must not fail"));
    }

    @Test
    void aReclaimCoreThatNeverScansACacheSmallerThanABatchFailsReclaim1() {
        EngineExecutionResults broken = run("reclaim-small", ShrinkSlabCase.class)
                .provider(SmallCacheSkippedProvider.class).execute();

        assertThat(Outcomes.failedSeeds(broken, ShrinkSlabCase.class, "RECLAIM-1")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).anySatisfy(v -> assertThat(v.getMessage()).contains("RECLAIM-1")
                .contains("probe-d round").contains("freeable 100").contains("do_shrink_slab asked nr_to_scan [],"));
    }

    @Test
    void aBlockLayerThatAcceptsASecondBioEndioFailsBlk4AndTheReferencePasses() {
        EngineExecutionResults broken = run("blk-twice", EndioTwiceCase.class)
                .provider(LenientBlockLayerProvider.class).execute();
        EngineExecutionResults reference = run("blk-twice-ref", EndioTwiceCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, EndioTwiceCase.class, "BLK-4")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).allSatisfy(v -> assertThat(v.getMessage()).contains("BLK-4")
                .contains("blk0's driver called bio_endio twice for its first bio, but the run ended COMPLETED"));
        assertThat(reference.testEvents().failed().count()).isZero();
        assertThat(Outcomes.passedRules(reference)).contains("BLK-4");
    }

    @Test
    void aBlockLayerThatCreditsEveryCompletionToSoftirqFailsBlk5AndTheReferencePasses() {
        EngineExecutionResults broken = run("blk-context", EndioContextCase.class)
                .provider(SoftirqCompletionsProvider.class).execute();
        EngineExecutionResults reference = run("blk-context-ref", EndioContextCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, EndioContextCase.class, "BLK-5")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).allSatisfy(v -> assertThat(v.getMessage()).contains("BLK-5")
                .contains("bio #1 on blk0: bio_endio ran in task blk0 but block_bio_complete names 'softirq'"));
        assertThat(reference.testEvents().failed().count()).isZero();
        assertThat(Outcomes.passedRules(reference)).contains("BLK-5");
    }

    @Test
    void aRuntimeThatDoesNotTraceItsWakeUpsFailsRt8AndTheReferencePasses() {
        EngineExecutionResults broken = run("rt-wake", WaitWakeCase.class)
                .provider(UntracedWakeupsProvider.class).execute();
        EngineExecutionResults reference = run("rt-wake-ref", WaitWakeCase.class).execute();

        assertThat(Outcomes.failedSeeds(broken, WaitWakeCase.class, "RT-8")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Outcomes.violations(broken)).allSatisfy(v -> assertThat(v.getMessage()).contains("RT-8")
                .contains("while waiting on").contains("with no traced wake-up since"));
        assertThat(reference.testEvents().failed().count()).isZero();
        assertThat(Outcomes.passedRules(reference)).contains("RT-8");
    }
}
