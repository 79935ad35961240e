package org.reclaimtck.ref.rcu;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * {@code kvfree_rcu} batching: models {@code kvfree_call_rcu}, {@code kfree_rcu_monitor} and the {@code rcu-kfree}
 * shrinker of {@code mm/slab_common.c} (K-RCU-1..3) for the form with an {@code rcu_head}, which needs no memory. Pages
 * wait on the batch until the drain timer ({@code KFREE_DRAIN_JIFFIES}, 5*HZ) or the shrinker hands them to a grace
 * period; after it, a work item on {@code kvfree_rcu_reclaim} (WQ_UNBOUND|WQ_MEM_RECLAIM) frees them.
 */
final class KfreeRcu implements Shrinker {
    /** {@code KFREE_DRAIN_JIFFIES} [v6.0+]: 5 seconds. */
    static final int DRAIN_SECONDS = 5;

    /** Pages of one queued object. */
    private record Obj(long pfn, int order) {
        long pages() {
            return 1L << order;
        }
    }

    private final SimRuntime rt;
    private final RcuTree tree;
    private final PageAllocator pages;
    private final Timer monitor;
    private final ShrinkerRegistry shrinkers;
    private List<Obj> batch = new ArrayList<>();
    /** Pages on {@link #batch}: what {@code count_objects} reports, kept as objects are queued and drained. */
    private long batchPages;
    private boolean monitorArmed;
    private boolean registered;

    /** {@code shrinkers} is where the {@code rcu-kfree} shrinker registers, or null for none. */
    KfreeRcu(SimRuntime rt, RcuTree tree, PageAllocator pages, ShrinkerRegistry shrinkers) {
        this.rt = rt;
        this.shrinkers = shrinkers;
        this.tree = tree;
        this.pages = pages;
        this.monitor = rt.timer("kfree_rcu_monitor", this::monitorExpired);
    }

    /** {@code kvfree_call_rcu}: queue, and arm the drain timer if it is not. */
    void queue(long pfn, int order) {
        if (!registered && shrinkers != null) {
            registered = true;
            shrinkers.registerShrinker(this);
        }
        tree.ensureKthread();
        Obj o = new Obj(pfn, order);
        batch.add(o);
        batchPages += o.pages();
        rt.trace(new TraceEvent.KvfreeRcu(rt.clock().nanos(), rt.contextComm(), o.pages(),
                TraceEvent.KvfreeRcu.Stage.QUEUE));
        if (!monitorArmed) {
            monitorArmed = true;
            monitor.modTimer(rt.clock().jiffies() + (long) DRAIN_SECONDS * rt.clock().hz());
        }
    }

    private void monitorExpired() {
        monitorArmed = false;
        drain();
    }

    /** Hands the whole batch to a grace period; returns its pages. */
    private long drain() {
        if (batch.isEmpty()) {
            return 0;
        }
        List<Obj> drained = batch;
        long n = batchPages;
        batch = new ArrayList<>();
        batchPages = 0;
        rt.trace(new TraceEvent.KvfreeRcu(rt.clock().nanos(), rt.contextComm(), n, TraceEvent.KvfreeRcu.Stage.DRAIN));
        tree.callRcu("kfree_rcu batch of " + n + " pages", () -> free(drained, n));
        return n;
    }

    private void free(List<Obj> drained, long n) {
        for (Obj o : drained) {
            pages.freePages(o.pfn(), o.order());
        }
        rt.trace(new TraceEvent.KvfreeRcu(rt.clock().nanos(), rt.contextComm(), n, TraceEvent.KvfreeRcu.Stage.FREE));
    }

    @Override
    public String name() {
        return "rcu-kfree";
    }

    /** {@code kfree_rcu_shrink_count}: the pages on the batch, SHRINK_EMPTY if none (K-RCU-3). */
    @Override
    public long countObjects(ShrinkControl sc) {
        return batchPages == 0 ? SHRINK_EMPTY : batchPages;
    }

    /** {@code kfree_rcu_shrink_scan}: starts the batch's grace period; the memory returns after it (K-RCU-3). */
    @Override
    public long scanObjects(ShrinkControl sc) {
        long n = drain();
        return n == 0 ? SHRINK_STOP : n;
    }
}
