package org.reclaimtck.ref.swap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.ref.runtime.GfpPolicyType;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * Swap on a 4 MiB machine with a swap device on a disk or on a loop device: reclaim swaps a working set larger than
 * memory out instead of OOM-killing, RSS goes down as swap entries go up, a touch swaps pages back in with a traced
 * wait on the read bio, and a NOFS reclaimer swaps under the kernel's policy but not under the merged NOIO/NOFS one.
 */
class SwapTest {
    private static final long PAGES = 1024;

    private static RunResult run(long seed, StackSpec stack, String gfpPolicy, Consumer<Kernel> workload) {
        MachineSpec.Builder b = MachineSpec.builder().seed(seed).memoryPages(PAGES).hungTaskTimeoutSecs(30)
                .stack(stack);
        if (gfpPolicy != null) {
            b.variant(GfpPolicyType.NAME, gfpPolicy);
        }
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        workload.accept(k);
        return k.run();
    }

    private static StackSpec swapOnDisk() {
        return StackSpec.builder().disk("vdb", 1 << 16, 32, 200).swapon("vdb", 4096).build();
    }

    private static <T extends TraceEvent> List<T> events(RunResult r, Class<T> type) {
        return r.trace().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** Three seeds (each run is about 5 s: twice the machine goes out and back through the swap device). */
    @Test
    void aWorkingSetLargerThanMemoryIsSwappedOutNotKilledAndComesBackOnTouch() {
        for (long seed = 1; seed <= 3; seed++) {
            long[] rss = new long[2];
            long[] resident = new long[1];
            RunResult r = run(seed, swapOnDisk(), null, k -> k.spawn("memhog", () -> {
                assertThat(k.mm().faultInAnon(PAGES * 2)).isEqualTo(PAGES * 2);
                rss[0] = k.mm().rss(k.runtime().current());
                resident[0] = k.mm().accessAnon(64);
                rss[1] = k.mm().rss(k.runtime().current());
            }));

            assertThat(r.outcome().kind()).as("seed %d: %s", seed, r.outcome().describe())
                    .isEqualTo(OutcomeKind.COMPLETED);
            assertThat(events(r, TraceEvent.OomKill.class)).as("seed %d", seed).isEmpty();
            assertThat(events(r, TraceEvent.SwapOut.class)).as("seed %d", seed).hasSizeGreaterThan((int) PAGES);
            assertThat(rss[0]).as("RSS after faulting twice the memory").isLessThan(PAGES);
            assertThat(resident[0]).as("the 64 oldest pages are resident after the touch").isEqualTo(64);
            List<TraceEvent.SwapIn> ins = events(r, TraceEvent.SwapIn.class);
            assertThat(ins).as("the oldest pages were swapped out, so the touch swapped them in").isNotEmpty();
            assertThat(r.trace()).as("swap-in waits for its read bio, traced")
                    .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TraceEvent.WaitBegin.class,
                            w -> {
                                assertThat(w.task()).isEqualTo("memhog");
                                assertThat(w.kind()).isEqualTo(WaitKind.BIO);
                                assertThat(w.lockClass()).isEqualTo("bio:vdb");
                            }));
        }
    }

    @Test
    void swapCanSitOnADeviceMapperTarget() {
        StackSpec stack = StackSpec.builder().disk("vdb", 1 << 16, 32, 200).dmLinear("dm-0", "vdb")
                .swapon("dm-0", 2048).build();
        RunResult r = run(1, stack, null, k -> k.spawn("memhog", () -> k.mm().faultInAnon(PAGES * 3 / 2)));
        assertThat(r.outcome().kind()).as(r.outcome().describe()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(events(r, TraceEvent.OomKill.class)).isEmpty();
        assertThat(events(r, TraceEvent.SwapOut.class)).extracting(TraceEvent.SwapOut::device).isNotEmpty()
                .containsOnly("dm-0");
    }

    /** memhog holds most of memory as anon; xfs_io then allocates in a NOFS scope, faster than kswapd frees. */
    private static void anonHogAndNofsAllocator(Kernel k) {
        k.spawn("memhog", () -> {
            k.mm().faultInAnon(PAGES - 60);
            k.runtime().msleep(500);
        });
        k.spawn("xfs_io", () -> {
            k.runtime().msleep(20);
            k.runtime().current().memallocNofsSave();
            for (int i = 0; i < 700; i++) {
                k.pageAllocator().allocPages(Gfp.GFP_KERNEL, 0);
            }
        });
    }

    @Test
    void aNofsReclaimerSwapsUnderTheKernelsPolicyButNotWithNoioMergedIntoNofs() {
        RunResult kernel = run(2, swapOnDisk(), null, SwapTest::anonHogAndNofsAllocator);
        assertThat(kernel.outcome().kind()).as(kernel.outcome().describe()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(events(kernel, TraceEvent.SwapOut.class)).extracting(TraceEvent.SwapOut::task).contains("xfs_io");

        RunResult merged = run(2, swapOnDisk(), GfpPolicyType.MERGED_NOIO_NOFS, SwapTest::anonHogAndNofsAllocator);
        assertThat(events(merged, TraceEvent.SwapOut.class)).extracting(TraceEvent.SwapOut::task)
                .doesNotContain("xfs_io");
    }
}
