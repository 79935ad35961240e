package org.reclaimtck.ref.shrinker;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.rcu.Rcu;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Registered shrinkers and {@code shrink_slab}: models {@code mm/shrinker.c} ({@code do_shrink_slab} with
 * deferred work, batches and {@code SHRINK_STOP}; K-SHRINK-1..5). A memcg-aware shrinker's deferred work is one
 * count shared by every memcg (the kernel keeps {@code nr_deferred} per memcg). The core never checks the gfp mask:
 * each shrinker must refuse what its caller's context forbids.
 */
public final class ShrinkerList implements ShrinkerRegistry {
    static final int SHRINK_BATCH = 128;

    private static final class Entry {
        final Shrinker shrinker;
        long nrDeferred;
        int running;

        Entry(Shrinker shrinker) {
            this.shrinker = shrinker;
        }
    }

    private final SimRuntime rt;
    private final List<Entry> entries = new ArrayList<>();
    private final WaitQueue unregisterWait;
    /** Set by {@code vmscan:shrink-slab-in-rcu-section}: the walk's read-side section stays open across each call. */
    private Rcu walkSection;

    public ShrinkerList(SimRuntime rt) {
        this.rt = rt;
        this.unregisterWait = rt.waitQueue("shrinker_free");
    }

    @Override
    public void registerShrinker(Shrinker shrinker) {
        for (Entry e : entries) {
            if (e.shrinker == shrinker) {
                throw new IllegalStateException("shrinker " + shrinker.name() + " registered twice");
            }
        }
        entries.add(new Entry(shrinker));
    }

    @Override
    public void unregisterShrinker(Shrinker shrinker) {
        Entry e = find(shrinker);
        entries.remove(e);
        unregisterWait.waitEvent(() -> e.running == 0);
    }

    /**
     * The buggy variant of the lockless walk (K-SHRINK-3, v6.7+): {@code shrink_slab} stays inside the walk's
     * {@code rcu_read_lock()} while it calls each shrinker, instead of pinning it with {@code shrinker_try_get} and
     * leaving the section around {@code do_shrink_slab}. The default models no section at all: nothing in the walk
     * itself sleeps, and each shrinker runs outside any section, as in the kernel.
     */
    public void callShrinkersInsideRcuReadSection(Rcu rcu) {
        this.walkSection = rcu;
    }

    private Entry find(Shrinker shrinker) {
        for (Entry e : entries) {
            if (e.shrinker == shrinker) {
                return e;
            }
        }
        throw new IllegalStateException("shrinker " + shrinker.name() + " is not registered");
    }

    /**
     * {@code shrink_slab(gfp, nid, memcg, priority)}: objects freed by every shrinker, in list order, for the root
     * ({@code memcg} null); for another memcg ({@code shrink_slab_memcg}) only by the {@code SHRINKER_MEMCG_AWARE}
     * ones, with {@code sc->memcg} set (K-SHRINK-3).
     */
    public long shrinkSlab(Gfp gfp, int nid, String memcg, int priority) {
        Rcu section = walkSection;
        if (section != null) {
            section.readLock();
        }
        long freed = 0;
        try {
            for (Entry e : new ArrayList<>(entries)) {
                if (memcg != null && !e.shrinker.memcgAware()) {
                    continue;
                }
                freed += doShrinkSlab(e, gfp, nid, memcg, priority);
            }
        } finally {
            if (section != null) {
                section.readUnlock();
            }
        }
        return freed;
    }

    /** {@code do_shrink_slab} (K-SHRINK-2). */
    private long doShrinkSlab(Entry e, Gfp gfp, int nid, String memcg, int priority) {
        Shrinker s = e.shrinker;
        ShrinkControl countSc = new ShrinkControl(gfp, nid, 0, memcg);
        long countStart = rt.clock().nanos();
        long freeable = s.countObjects(countSc);
        rt.trace(new TraceEvent.ShrinkerCount(rt.clock().nanos(), rt.current().comm(), s.name(), countSc, freeable,
                rt.clock().nanos() - countStart));
        if (freeable == 0 || freeable == Shrinker.SHRINK_EMPTY) {
            return 0;
        }
        long nr = e.nrDeferred;
        e.nrDeferred = 0;
        long delta;
        if (s.seeks() > 0) {
            delta = ((freeable >> priority) * 4) / s.seeks();
        } else {
            delta = freeable / 2;
        }
        long totalScan = Math.min((nr >> priority) + delta, freeable * 2);
        long freed = 0;
        long scanned = 0;
        e.running++;
        try {
            while (totalScan >= SHRINK_BATCH || totalScan >= freeable) {
                long nrToScan = Math.min(SHRINK_BATCH, totalScan);
                ShrinkControl sc = new ShrinkControl(gfp, nid, nrToScan, memcg);
                rt.trace(new TraceEvent.ShrinkerScanBegin(rt.clock().nanos(), rt.current().comm(), s.name(), sc));
                long ret = s.scanObjects(sc);
                rt.trace(new TraceEvent.ShrinkerScanEnd(rt.clock().nanos(), rt.current().comm(), s.name(),
                        ret == Shrinker.SHRINK_STOP ? -1 : ret));
                if (ret == Shrinker.SHRINK_STOP) {
                    break;
                }
                freed += ret;
                totalScan -= nrToScan;
                scanned += nrToScan;
                rt.condResched();
            }
        } finally {
            e.running--;
            if (e.running == 0) {
                unregisterWait.wakeUpAll();
            }
        }
        long next = nr + delta - scanned;
        e.nrDeferred = Math.max(0, Math.min(next, freeable * 2));
        return freed;
    }
}
