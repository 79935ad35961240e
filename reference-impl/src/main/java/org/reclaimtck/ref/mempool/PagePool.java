package org.reclaimtck.ref.mempool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.Mempool;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * One page-backed {@code mempool_t}: models {@code mempool_alloc}, {@code mempool_free} and
 * {@code mempool_create_page_pool} of {@code mm/mempool.c} (K-MEMPOOL-1..3). Every element handed out is a held
 * resource of class {@link #name()} until it is freed, so the wait-for graph names who can give an element back and
 * the dependency oracle sees a holder that allocates again from the same pool.
 */
public final class PagePool implements Mempool {
    /** {@code io_schedule_timeout(5*HZ)}: a waiter tries the allocator again at least this often. */
    static final int WAIT_SECONDS = 5;

    private final SimRuntime rt;
    private final PageAllocator pages;
    private final String name;
    private final int minNr;
    private final int order;
    private final boolean failsInsteadOfWaiting;
    private final Deque<Long> reserve = new ArrayDeque<>();
    private final Map<Long, Held> holders = new LinkedHashMap<>();
    private final WaitQueue wait;
    private boolean fillPending;

    PagePool(SimRuntime rt, PageAllocator pages, String name, int minNr, int order, boolean failsInsteadOfWaiting) {
        this.rt = rt;
        this.pages = pages;
        this.name = name;
        this.minNr = minNr;
        this.order = order;
        this.failsInsteadOfWaiting = failsInsteadOfWaiting;
        this.wait = rt.waitQueue(name, WaitKind.MEMPOOL, name);
        this.wait.wokenBy(this::holderTasks);
    }

    /**
     * {@code mempool_init}: fills the reserve with {@code GFP_KERNEL} allocations; false if one fails. A pool created
     * at boot (a module's load while the stack is assembled) has no task to allocate in: it fills its reserve on its
     * first {@code mempool_alloc}, in that caller's context (docs/model.md), with GFP_KERNEL unless its user fills it
     * first ({@link #fillPending}).
     */
    boolean prealloc() {
        if (rt.atBoot()) {
            fillPending = true;
            return true;
        }
        if (fill(Gfp.GFP_KERNEL)) {
            return true;
        }
        reserve.forEach(p -> pages.freePages(p, order));
        reserve.clear();
        return false;
    }

    /**
     * The deferred {@code mempool_init} of a pool created at boot, with {@code gfp}, if it has not run: a bio set's
     * first bio may be allocated inside a {@code ->submit_bio}, where a GFP_KERNEL reclaim could wait for a bio on the
     * caller's own {@code current->bio_list}, so the block layer fills with the caller's mask.
     */
    public void fillPending(Gfp gfp) {
        if (fillPending) {
            fillPending = false;
            fill(gfp);
        }
    }

    /** Tops the reserve up to min_nr with allocations of mask {@code gfp}; false when one fails. */
    private boolean fill(Gfp gfp) {
        while (reserve.size() < minNr) {
            long pfn = pages.allocPages(gfp, order);
            if (pfn < 0) {
                return false;
            }
            reserve.push(pfn);
        }
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int minNr() {
        return minNr;
    }

    @Override
    public int currNr() {
        return reserve.size();
    }

    /** K-MEMPOOL-1: restricted try, reserve, full-mask try, then wait (5*HZ) and start over; never fails if blocking. */
    @Override
    public long alloc(Gfp gfp) {
        return alloc(gfp, null);
    }

    /**
     * {@link #alloc(Gfp)} for a user that says what the element is for ({@code bio #7 on dm-0}): the held element is
     * traced as {@code <what> (#pfn of <pool>)}, so a report names the bio that holds it.
     */
    public long alloc(Gfp gfp, String what) {
        if (gfp.has(Gfp.__GFP_ZERO)) {
            throw new IllegalArgumentException("mempool_alloc(" + name + ", " + gfp + "): __GFP_ZERO is not allowed"
                    + " on a mempool (K-MEMPOOL-3: a reserved element is not zeroed)");
        }
        fillPending(Gfp.GFP_KERNEL);
        Gfp full = gfp.or(Gfp.__GFP_NOMEMALLOC).or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOWARN);
        Gfp first = full.andNot(Gfp.__GFP_DIRECT_RECLAIM).andNot(Gfp.__GFP_IO);
        Gfp temp = first;
        while (true) {
            long pfn = pages.allocPages(temp, order);
            if (pfn >= 0) {
                return handOut(gfp, pfn, false, what);
            }
            if (!reserve.isEmpty()) {
                return handOut(gfp, reserve.pop(), true, what);
            }
            if (temp != full) {
                temp = full;
                continue;
            }
            if (!gfp.allowsBlocking() || failsInsteadOfWaiting) {
                rt.trace(new TraceEvent.MempoolAlloc(rt.clock().nanos(), rt.current().comm(), name, gfp, -1, false));
                return -1;
            }
            wait.waitEventTimeout(() -> !reserve.isEmpty(), (long) WAIT_SECONDS * rt.clock().hz());
        }
    }

    private long handOut(Gfp gfp, long pfn, boolean reserved, String what) {
        SimTask me = rt.current();
        Held held = new Held(me, pfn);
        holders.put(pfn, held);
        rt.trace(new TraceEvent.MempoolAlloc(rt.clock().nanos(), me.comm(), name, gfp, pfn, reserved));
        String element = "#" + pfn + " of " + name;
        rt.lockAcquired(held, LockKind.MEMPOOL_ELEMENT, what == null ? element : what + " (" + element + ")", name,
                !gfp.allowsBlocking());
        return pfn;
    }

    /**
     * The element leaves its task's hands without coming back to the pool (a bio passed to a device, or to a bio set's
     * rescuer): the task no longer holds it (traced as its release, unless {@code keepHeld}: a bio waiting on its
     * {@code current->bio_list} that nobody else can submit), and a wait on the pool is now woken by {@code wakers}.
     */
    public void handOff(long element, Supplier<? extends Collection<? extends Task>> wakers, boolean keepHeld) {
        Held held = holders.get(element);
        if (held == null) {
            throw new IllegalStateException("hand-off of " + element + ", which " + name + " did not hand out");
        }
        if (!keepHeld && held.task != null) {
            rt.lockReleased(held.task, held);
            held.task = null;
        }
        held.wakers = wakers;
    }

    /** K-MEMPOOL-2: refill the reserve below min_nr and wake a waiter, else give the pages back. */
    @Override
    public void free(long element) {
        Held held = holders.remove(element);
        if (held == null) {
            throw new IllegalStateException("mempool_free(" + element + ", " + name + "): not an element this pool"
                    + " handed out (never allocated from it, or freed already)");
        }
        if (held.task != null) {
            rt.lockReleased(held.task, held);
        }
        if (reserve.size() < minNr) {
            reserve.push(element);
            wait.wakeUpAll();
            return;
        }
        pages.freePages(element, order);
    }

    /** Who can give an element back: the tasks holding one, then those that can end its bio, in the order taken. */
    private Collection<Task> holderTasks() {
        Set<Task> tasks = new LinkedHashSet<>();
        holders.values().forEach(h -> {
            if (h.wakers == null) {
                tasks.add(h.task);
            } else {
                tasks.addAll(h.wakers.get());
            }
        });
        return new ArrayList<>(tasks);
    }

    /**
     * An element handed out: the key of its held-lock record while {@code task} holds it, and, once handed off, who can
     * give it back.
     */
    private static final class Held {
        private SimTask task;
        private final long pfn;
        private Supplier<? extends Collection<? extends Task>> wakers;

        Held(SimTask task, long pfn) {
            this.task = task;
            this.pfn = pfn;
        }

        @Override
        public String toString() {
            return "#" + pfn + (task == null ? "" : " held by " + task.comm());
        }
    }
}
