package org.reclaimtck.tck.suites.forward;

import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.rules.ForwardProgressRules;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * An S6 case: a 4 MiB machine ({@link StorageStacks#SMALL_MEMORY_PAGES}) with filesystem {@code A} on disk
 * {@code vda} (queue depth 32, a latency per case), judged by FP-2..FP-8.
 */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public abstract class S6Case implements KernelCase {
    private final long diskLatencyMicros;

    private static final RuleDispatch<Consumer<CaseRun>> CHECKS = RuleDispatch.of(Map.of(
            ForwardProgressRules.FP_2, run -> ForwardJudge.require(run, ForwardJudge.reclaimNeverWrites(run.result())),
            ForwardProgressRules.FP_3, run -> ForwardJudge.require(run, ForwardJudge.boundedThrottling(run.result())),
            ForwardProgressRules.FP_4, run -> ForwardJudge.require(run, ForwardJudge.syncIsDurable(run.result())),
            ForwardProgressRules.FP_5, run -> ForwardJudge.require(run, ForwardJudge.noOomWhileCleanable(run.result())),
            ForwardProgressRules.FP_6, run -> ForwardJudge.require(run,
                    ForwardJudge.directReclaimLatency(run.result())),
            ForwardProgressRules.FP_7, run -> ForwardJudge.require(run,
                    RotationJudge.writtenBackFirst(run.result())),
            ForwardProgressRules.FP_8, run -> ForwardJudge.require(run, KswapdJudge.balanceLatency(run.result()))));

    /** @param diskLatencyMicros latency of one request of {@code vda}: the virtual time writeback takes */
    protected S6Case(long diskLatencyMicros) {
        this.diskLatencyMicros = diskLatencyMicros;
    }

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(StorageStacks.SMALL_MEMORY_PAGES).stack(StackSpec.builder()
                .disk("vda", 1 << 20, 32, diskLatencyMicros)
                .mkfs("A", "vda", StorageStacks.LOG_UNITS, 512)
                .build());
    }

    /** Pages {@code memhog} takes between pauses on the 4 MiB machine. */
    static final long PACE = 4;
    /** On a larger machine it pauses this many times per memory's worth of pages (every 64 MiB at 16 GiB). */
    static final long PACES_PER_MEMORY = 256;

    /**
     * {@code memhog}'s loop: takes {@code want} pages with GFP_KERNEL (stopping at the first failure), sleeping a jiffy
     * every {@value #PACE} pages (every 1/{@value #PACES_PER_MEMORY} of memory on a larger machine) while more than {@code headroom} pages are free over the min watermark (a task doing work
     * between its allocations, so kswapd and the flushers run), then frees them.
     */
    static void hogPausing(Kernel kernel, long want, int headroom) {
        PageAllocator pa = kernel.pageAllocator();
        long[] held = new long[(int) Math.max(0, want)];
        long pace = Math.max(PACE, pa.managedPages() / PACES_PER_MEMORY);
        int n = 0;
        while (n < want) {
            long p = pa.allocPages(Gfp.GFP_KERNEL, 0);
            if (p < 0) {
                break;
            }
            held[n++] = p;
            if (n % pace == 0 && pa.nrFreePages() > pa.watermarks().min() + headroom) {
                kernel.runtime().scheduleTimeoutUninterruptible(1);
            }
        }
        for (int i = 0; i < n; i++) {
            pa.freePages(held[i], 0);
        }
    }

    @Override
    public final void check(CaseRun run) {
        CHECKS.of(run.rule(), run.caseId()).accept(run);
    }
}
