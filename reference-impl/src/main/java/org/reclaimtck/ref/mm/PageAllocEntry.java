package org.reclaimtck.ref.mm;

import java.util.Objects;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.Watermarks;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The allocator's entry as the kernel sees it: models the prologue of {@code __alloc_pages} in
 * {@code mm/page_alloc.c} ({@code prepare_alloc_pages}, {@code might_alloc}) and its {@code mm_page_alloc}
 * tracepoints. Every request is traced here, at the boundary, with the caller's and the scoped mask (K-SCOPE-3,
 * K-LOCKDEP-2), then handed to the allocator part (the reference's {@link PageAlloc} or a user's), so a part that
 * ignores scopes is judged on what the kernel saw, not on what it reports. A {@code __GFP_ACCOUNT} page is charged
 * to the current task's memcg after the allocation, and every page's charge is dropped at free (K-ALLOC-16).
 */
public final class PageAllocEntry implements PageAllocator {
    private final SimRuntime rt;
    private final PageAllocator part;
    private MemcgCharge memcg = MemcgCharge.NONE;

    public PageAllocEntry(SimRuntime rt, PageAllocator part) {
        this.rt = rt;
        this.part = Objects.requireNonNull(part);
    }

    /** Wires the memory controller ({@code memcg} sits above mm): {@code __GFP_ACCOUNT} charges, uncharge at free. */
    public void setMemcg(MemcgCharge memcg) {
        this.memcg = memcg;
    }

    @Override
    public long allocPages(Gfp gfp, int order) {
        SimTask me = rt.current();
        Gfp eff = me.currentGfpContext(gfp);
        rt.trace(new TraceEvent.AllocRequested(rt.clock().nanos(), me.comm(), gfp, eff, order, me.heldLocks()));
        Gfp outer = me.allocGfp();
        Gfp outerCaller = me.allocCallerGfp();
        me.setAllocGfp(eff);
        me.setAllocCallerGfp(gfp);
        try {
            if (eff.allowsBlocking() && !me.hasFlag(PfFlag.PF_MEMALLOC)) {
                // might_alloc(): the fs_reclaim annotation lockdep sees (K-LOCKDEP-2)
                rt.trace(new TraceEvent.AllocMightReclaim(rt.clock().nanos(), me.comm(), eff));
                rt.mightAllocResched();
            }
            long pfn = part.allocPages(gfp, order);
            if (pfn >= 0 && gfp.has(Gfp.__GFP_ACCOUNT) && !memcg.chargeKmem(pfn, eff, order)) {
                // __alloc_pages: a failed __memcg_kmem_charge_page frees the page and fails the request
                part.freePages(pfn, order);
                pfn = -1;
            }
            rt.trace(new TraceEvent.AllocReturned(rt.clock().nanos(), me.comm(), eff, order, pfn >= 0));
            return pfn;
        } finally {
            me.setAllocGfp(outer);
            me.setAllocCallerGfp(outerCaller);
        }
    }

    @Override
    public void freePages(long pfn, int order) {
        memcg.uncharge(pfn, order);
        part.freePages(pfn, order);
    }

    @Override
    public long nrFreePages() {
        return part.nrFreePages();
    }

    @Override
    public long managedPages() {
        return part.managedPages();
    }

    @Override
    public Watermarks watermarks() {
        return part.watermarks();
    }
}
