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
 * Planted defects in the reclaim core: proactive reclaim is the provider's own {@code do_shrink_slab}, right in every
 * respect (scoped mask, PF_MEMALLOC, delta, deferred work, tracing) but how it cuts the total into
 * {@code scan_objects} calls ({@link #batches}), which each subclass gets wrong in its own way.
 */
abstract class OwnShrinkSlabProvider extends ForwardingProvider {
    OwnShrinkSlabProvider(String name) {
        super(name);
    }

    /** The {@code nr_to_scan} of each {@code scan_objects} call for {@code total} of a cache of {@code freeable}. */
    abstract List<Long> batches(long total, long freeable);

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

    private long shrink(KernelRuntime rt, Shrinker s, Gfp gfp, int prio, Map<Shrinker, Long> deferred) {
        long freeable = s.countObjects(new ShrinkControl(gfp, 0, 0, null));
        if (freeable <= 0) {
            return 0;
        }
        long nr = deferred.getOrDefault(s, 0L);
        long delta = s.seeks() > 0 ? ((freeable >> prio) * 4) / s.seeks() : freeable / 2;
        long total = Math.min((nr >> prio) + delta, 2 * freeable);
        long scanned = 0;
        long freed = 0;
        for (long n : batches(total, freeable)) {
            ShrinkControl sc = new ShrinkControl(gfp, 0, n, null);
            rt.trace(new TraceEvent.ShrinkerScanBegin(rt.clock().nanos(), rt.current().comm(), s.name(), sc));
            long ret = s.scanObjects(sc);
            rt.trace(new TraceEvent.ShrinkerScanEnd(rt.clock().nanos(), rt.current().comm(), s.name(),
                    ret == Shrinker.SHRINK_STOP ? -1 : ret));
            if (ret == Shrinker.SHRINK_STOP) {
                break;
            }
            freed += ret;
            scanned += n;
        }
        deferred.put(s, Math.min(Math.max(nr + delta - scanned, 0), 2 * freeable));
        return freed;
    }
}
