package org.reclaimtck.tck.providers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.reclaim.Reclaim;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A planted defect in the reclaim core: proactive reclaim is its own {@code do_shrink_slab}, right in every respect
 * (scoped mask, PF_MEMALLOC, delta, deferred work, tracing) but one: it asks for the whole total in one
 * {@code scan_objects} call instead of batches of 128. RECLAIM-1 must catch it.
 */
public final class UnbatchedShrinkSlabProvider extends ForwardingProvider {
    public UnbatchedShrinkSlabProvider() {
        super("unbatched-shrink-slab");
    }

    @Override
    protected Kernel wrap(Kernel kernel) {
        List<Shrinker> shrinkers = new ArrayList<>();
        Map<Shrinker, Long> deferred = new HashMap<>();
        KernelRuntime rt = kernel.runtime();
        ShrinkerRegistry registry = new ShrinkerRegistry() {
            @Override
            public void registerShrinker(Shrinker s) {
                shrinkers.add(s);
                kernel.shrinkers().registerShrinker(s);
            }

            @Override
            public void unregisterShrinker(Shrinker s) {
                shrinkers.remove(s);
                kernel.shrinkers().unregisterShrinker(s);
            }
        };
        Reclaim reclaim = (gfp, nrPages) -> {
            String comm = rt.current().comm();
            Gfp scoped = rt.current().currentGfpContext(gfp);
            rt.trace(new TraceEvent.DirectReclaimBegin(rt.clock().nanos(), comm, scoped, 0));
            long freed = 0;
            try (MemallocScope s = rt.current().memallocNoreclaimSave()) {
                for (int prio = 12; prio >= 0 && freed < nrPages; prio--) {
                    for (Shrinker sh : shrinkers) {
                        freed += shrink(rt, sh, scoped, prio, deferred);
                    }
                }
            }
            rt.trace(new TraceEvent.DirectReclaimEnd(rt.clock().nanos(), comm, freed));
            return freed;
        };
        return new ForwardingKernel(kernel) {
            @Override
            public ShrinkerRegistry shrinkers() {
                return registry;
            }

            @Override
            public Reclaim reclaim() {
                return reclaim;
            }
        };
    }

    private static long shrink(KernelRuntime rt, Shrinker s, Gfp gfp, int prio, Map<Shrinker, Long> deferred) {
        long freeable = s.countObjects(new ShrinkControl(gfp, 0, 0, null));
        if (freeable <= 0) {
            return 0;
        }
        long nr = deferred.getOrDefault(s, 0L);
        long delta = s.seeks() > 0 ? ((freeable >> prio) * 4) / s.seeks() : freeable / 2;
        long total = Math.min((nr >> prio) + delta, 2 * freeable);
        long scanned = 0;
        long freed = 0;
        if (total >= 128 || total >= freeable) { // the defect: one call for the whole total, no batches
            ShrinkControl sc = new ShrinkControl(gfp, 0, total, null);
            rt.trace(new TraceEvent.ShrinkerScanBegin(rt.clock().nanos(), rt.current().comm(), s.name(), sc));
            long ret = s.scanObjects(sc);
            rt.trace(new TraceEvent.ShrinkerScanEnd(rt.clock().nanos(), rt.current().comm(), s.name(),
                    ret == Shrinker.SHRINK_STOP ? -1 : ret));
            if (ret != Shrinker.SHRINK_STOP) {
                freed = ret;
                scanned = total;
            }
        }
        deferred.put(s, Math.min(Math.max(nr + delta - scanned, 0), 2 * freeable));
        return freed;
    }
}
