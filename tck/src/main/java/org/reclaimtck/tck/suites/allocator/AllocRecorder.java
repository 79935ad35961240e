package org.reclaimtck.tck.suites.allocator;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.task.MemallocScope;

/**
 * Makes a task's requests and records them ({@link AllocCall}); runs inside the task. The scopes it opens are
 * tracked here, so the expected effective mask is the kit's {@code current_gfp_context} (K-SCOPE-2), not the
 * provider's.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class AllocRecorder {
    private final Kernel kernel;
    private final String task;
    private final List<AllocCall> calls = new ArrayList<>();
    private final List<Long> held = new ArrayList<>();
    private boolean nofs;
    private boolean noio;
    private boolean pfMemalloc;
    private boolean exclusive = true;

    public AllocRecorder(Kernel kernel, String task) {
        this.kernel = kernel;
        this.task = task;
    }

    /** {@code alloc_pages(gfp, order)}, recorded; an order-0 page taken is kept (see {@link #held()}). */
    public long alloc(Gfp gfp, int order) {
        PageAllocator pages = kernel.pageAllocator();
        long free = pages.nrFreePages();
        long pfn = pages.allocPages(gfp, order);
        calls.add(new AllocCall(task, gfp, effective(gfp), order, pfMemalloc, free, exclusive, pfn));
        if (pfn >= 0 && order == 0) {
            held.add(pfn);
        }
        return pfn;
    }

    /** Allocates order-0 pages with {@code gfp} while the free pages are above {@code floor} (e.g. LOW or MIN). */
    public void fillTo(Gfp gfp, long floor) {
        while (kernel.pageAllocator().nrFreePages() > floor && alloc(gfp, 0) >= 0) {
            // keep going
        }
    }

    public void underNofs(Runnable body) {
        try (MemallocScope s = kernel.runtime().current().memallocNofsSave()) {
            nofs = true;
            body.run();
        } finally {
            nofs = false;
        }
    }

    public void underNoio(Runnable body) {
        try (MemallocScope s = kernel.runtime().current().memallocNoioSave()) {
            noio = true;
            body.run();
        } finally {
            noio = false;
        }
    }

    /** {@code memalloc_noreclaim_save()}: PF_MEMALLOC for the body. */
    public void underPfMemalloc(Runnable body) {
        try (MemallocScope s = kernel.runtime().current().memallocNoreclaimSave()) {
            pfMemalloc = true;
            body.run();
        } finally {
            pfMemalloc = false;
        }
    }

    /** Requests made in the body may see memory another task frees: their watermark verdicts are not judged. */
    public void shared(Runnable body) {
        exclusive = false;
        try {
            body.run();
        } finally {
            exclusive = true;
        }
    }

    /** {@code current_gfp_context} (K-SCOPE-2): NOIO clears __GFP_IO|__GFP_FS, NOFS clears __GFP_FS. */
    Gfp effective(Gfp gfp) {
        if (noio) {
            return gfp.andNot(Gfp.__GFP_IO.or(Gfp.__GFP_FS));
        }
        return nofs ? gfp.andNot(Gfp.__GFP_FS) : gfp;
    }

    public List<AllocCall> calls() {
        return calls;
    }

    /** The order-0 pages this task took, to free them. */
    public List<Long> held() {
        return held;
    }
}
