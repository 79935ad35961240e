package org.reclaimtck.tck.suites.reclaim;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.Watermarks;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.ReclaimRules;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * {@code cache} fills a probe shrinker with 600 pages of a 1024-page machine; {@code memhog} then takes pages with
 * GFP_NOWAIT until the zone is 5 pages below LOW (the slow path wakes kswapd) and sleeps 100 ms. kswapd must reclaim
 * from the probe (with GFP_KERNEL) until the zone is above HIGH before it sleeps. The probe frees at most 4 pages per
 * {@code scan_objects} call, so kswapd climbs from LOW to HIGH in several small steps (on the reference: over
 * priorities 3..1, 75 to about 107 free pages) and a kswapd that stops anywhere between LOW and HIGH is seen.
 */
@TckCase(suite = "reclaim", id = "kswapd-balance", rules = {RuleIds.RECLAIM_3, RuleIds.RECLAIM_4},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class KswapdBalanceCase implements KernelCase {
    private final ProbeShrinker cache = new ProbeShrinker("probe-cache", 2, -1, 0).freeingAtMost(4);
    private Watermarks wmark;
    private long freeAtEnd = -1;
    private long heldAtEnd;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(1024);
    }

    @Override
    public void workload(Kernel kernel) {
        PageAllocator pages = kernel.pageAllocator();
        wmark = pages.watermarks();
        Completion filled = kernel.runtime().completion("cache filled");
        kernel.shrinkers().registerShrinker(cache);
        kernel.spawn("cache", () -> {
            cache.fill(pages, 600);
            filled.complete();
        });
        kernel.spawn("memhog", () -> {
            filled.waitForCompletion();
            long n = pages.nrFreePages() - (wmark.low() - 5);
            for (long i = 0; i < n; i++) {
                pages.allocPages(Gfp.GFP_NOWAIT, 0);
            }
            kernel.runtime().msleep(100);
            freeAtEnd = pages.nrFreePages();
            heldAtEnd = cache.counts().isEmpty() ? 600 : Math.max(0, countNow());
        });
    }

    private long countNow() {
        return cache.countObjects(new org.reclaimtck.spi.reclaim.ShrinkControl(Gfp.GFP_KERNEL, 0, 0, null));
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        if (run.rule().equals(ReclaimRules.RECLAIM_3)) {
            List<String> problems = ReclaimContexts.masks(run.result());
            run.require(problems.isEmpty(), () -> String.join("\n", problems.subList(0, Math.min(5, problems.size()))));
            return;
        }
        List<TraceEvent> kswapd = new ArrayList<>();
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.KswapdWake || e instanceof TraceEvent.KswapdSleep) {
                kswapd.add(e);
            }
        }
        run.require(!kswapd.isEmpty() && kswapd.get(0) instanceof TraceEvent.KswapdWake,
                () -> "memhog went below LOW (" + wmark + ") but kswapd was never woken");
        run.require(kswapd.get(kswapd.size() - 1) instanceof TraceEvent.KswapdSleep,
                () -> "kswapd was woken and never went back to sleep: " + kswapd.get(kswapd.size() - 1).render());
        run.require(freeAtEnd > wmark.high() || heldAtEnd <= 0, () -> "kswapd slept with " + freeAtEnd
                + " free pages (" + wmark + ") while probe-cache still held " + heldAtEnd + " freeable pages");
    }
}
