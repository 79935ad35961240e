package org.reclaimtck.tck.suites.forward;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * S6 with the dirty folios at the LRU tail: {@code dd} dirties {@value #DIRTY} pages of A:/dirty (below the background
 * threshold, so no flusher runs), then {@code memhog} takes with GFP_KERNEL every free page over the min watermark and
 * {@code DIRTY - SPARE} more, on a disk of 4 ms a request: reclaim must tag the dirty folios, wake the flushers and free them as their writeback
 * completes. It sleeps a jiffy every four pages (every 1/256 of memory on machines over 4 MiB; a task doing work
 * between its allocations) until it is
 * {@value #HEADROOM} pages above the min watermark, so kswapd (woken at LOW) and the flushers it wakes run meanwhile;
 * then it allocates without pausing and waits only as the allocator and reclaim make it. {@code memhog} frees its pages, then {@code sync} runs.
 */
@TckCase(suite = "forward-progress", id = "s6-dirty-tail",
        rules = {RuleIds.FP_2, RuleIds.FP_3, RuleIds.FP_4, RuleIds.FP_5, RuleIds.FP_6,
                RuleIds.FP_7, RuleIds.FP_8},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.BLOCK,
                Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class S6DirtyTailCase extends S6Case {
    static final int DIRTY = 90;
    static final int SPARE = 30;
    /** Free pages over the min watermark below which {@code memhog} stops pausing. */
    static final int HEADROOM = 8;

    public S6DirtyTailCase() {
        super(4000);
    }

    @Override
    public void workload(Kernel kernel) {
        Vfs vfs = kernel.storage().vfs();
        PageAllocator pa = kernel.pageAllocator();
        Completion dirtied = kernel.runtime().completion("dirtied");
        Completion hogged = kernel.runtime().completion("hogged");
        kernel.spawn("dd", () -> {
            OpenFile f = vfs.open("A", "/dirty");
            for (int i = 0; i < DIRTY; i += 10) {
                f.writeBuffered(i, 10);
            }
            dirtied.completeAll();
        });
        kernel.spawn("memhog", () -> {
            dirtied.waitForCompletion();
            hogPausing(kernel, pa.nrFreePages() - pa.watermarks().min() + DIRTY - SPARE, HEADROOM);
            hogged.completeAll();
        });
        kernel.spawn("sync", () -> {
            hogged.waitForCompletion();
            vfs.open("A", "/dirty").writeBuffered(DIRTY, 8);
            vfs.sync();
        });
    }
}
