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
 * S6 with the dirty folios at the LRU tail and a clean file behind them: {@code dd} dirties {@value #DIRTY} pages of
 * A:/dirty (below the background threshold), then reads {@value #CLEAN} pages of A:/clean, and
 * {@code memhog} takes every free page over the min watermark and {@value #MORE} more, a jiffy's pause every four
 * pages while it is {@value #HEADROOM} pages above min. Reclaim meets the dirty folios first, tags them PG_reclaim and
 * wakes the flushers, then frees clean folios of A:/clean; once their writeback ends (4 ms a request) the PG_reclaim
 * folios rotate to the inactive tail ({@code folio_rotate_reclaimable}, K-VMSCAN-7) and must be the next reclaimed,
 * ahead of the rest of A:/clean (FP-7).
 */
@TckCase(suite = "forward-progress", id = "s6-reclaim-rotation",
        rules = {RuleIds.FP_2, RuleIds.FP_3, RuleIds.FP_5, RuleIds.FP_6, RuleIds.FP_7,
                RuleIds.FP_8},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.BLOCK,
                Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class S6ReclaimRotationCase extends S6Case {
    static final int DIRTY = 90;
    static final int CLEAN = 400;
    /** Pages {@code memhog} takes beyond the free pages over min: reclaim must free this many. */
    static final int MORE = 250;
    static final int HEADROOM = 8;

    public S6ReclaimRotationCase() {
        super(4000);
    }

    @Override
    public void workload(Kernel kernel) {
        Vfs vfs = kernel.storage().vfs();
        PageAllocator pa = kernel.pageAllocator();
        Completion cached = kernel.runtime().completion("cached");
        kernel.spawn("dd", () -> {
            OpenFile f = vfs.open("A", "/dirty");
            for (int i = 0; i < DIRTY; i += 10) {
                f.writeBuffered(i, 10);
            }
            kernel.storage().superBlock("A").readFile("/clean", 0, CLEAN);
            cached.completeAll();
        });
        kernel.spawn("memhog", () -> {
            cached.waitForCompletion();
            hogPausing(kernel, pa.nrFreePages() - pa.watermarks().min() + MORE, HEADROOM);
        });
    }
}
