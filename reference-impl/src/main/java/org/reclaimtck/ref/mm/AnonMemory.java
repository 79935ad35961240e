package org.reclaimtck.ref.mm;

import java.util.IdentityHashMap;
import java.util.Map;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.Mm;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * User tasks' anonymous memory: models {@code task->mm} with {@code do_anonymous_page} of {@code mm/memory.c}
 * (a fault allocates with {@code GFP_HIGHUSER_MOVABLE} under {@code mmap_lock} and charges {@code MM_ANONPAGES}),
 * {@code munmap} and {@code exit_mmap} of {@code mm/mmap.c} (run from {@code exit_mm} when a task exits), and
 * {@code /proc/<pid>/oom_score_adj}, and the access of pages swapped out ({@code do_swap_page}). A fault is the model's return to user space: a task with SIGKILL pending exits
 * there (K-OOM-4).
 */
public final class AnonMemory implements Mm {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final Map<SimTask, MmStruct> mms = new IdentityHashMap<>();
    private SwapBackend swap = SwapBackend.NONE;
    private MemcgCharge memcg = MemcgCharge.NONE;

    /** {@code pages} is the kernel's traced allocator entry, so every fault's allocation is traced. */
    public AnonMemory(SimRuntime rt, PageAllocator pages) {
        this.rt = rt;
        this.pages = pages;
        rt.onExit(this::exitMm);
    }

    /** {@code swapon}: binds the swap layer once it exists (it is built after anonymous memory). */
    public void bindSwap(SwapBackend swap) {
        this.swap = swap;
    }

    /** Binds the memory controller: each fault's folio is charged ({@code mem_cgroup_charge}, K-ALLOC-16). */
    public void bindMemcg(MemcgCharge memcg) {
        this.memcg = memcg;
    }

    /** {@code task->mm}: null for kernel threads and exited tasks; made on a user task's first use. */
    public MmStruct mmOf(SimTask task) {
        if (task.isKthread() || task.exited()) {
            return null;
        }
        return mms.computeIfAbsent(task, t -> new MmStruct(t,
                rt.rwsem("mmap_lock(" + t.comm() + ")", "&mm->mmap_lock")));
    }

    @Override
    public long faultInAnon(long n) {
        SimTask me = rt.current();
        MmStruct mm = requireMm(me, "a page fault");
        long done = 0;
        for (long i = 0; i < n; i++) {
            rt.returnToUserMode();
            long pfn;
            mm.mmapLock().downRead();
            try {
                pfn = pages.allocPages(Gfp.GFP_HIGHUSER_MOVABLE, 0);
                if (pfn >= 0 && !memcg.chargeFolio(pfn, Gfp.GFP_HIGHUSER_MOVABLE)) {
                    pages.freePages(pfn, 0); // do_anonymous_page: mem_cgroup_charge failed, VM_FAULT_OOM
                    pfn = -1;
                }
            } finally {
                mm.mmapLock().upRead();
            }
            if (pfn < 0) {
                // VM_FAULT_OOM: only an OOM victim's fault fails (K-GFP-4), or a charge over memory.max with nothing
                // killable in the memcg; the task returns to user space (a victim dies there)
                rt.returnToUserMode();
                break;
            }
            AnonFolio folio = new AnonFolio(rt, pfn, me.comm(), swap);
            folio.setMapped(true);
            AnonPte pte = new AnonPte(mm, folio);
            folio.pte = pte;
            mm.anon.addLast(pte);
            mm.rssAnon++;
            lruAddAnon(folio);
            done++;
        }
        rt.returnToUserMode();
        return done;
    }

    /**
     * {@code folio_add_lru_vma} for a new anonymous folio. With no swap device reclaim never scans anon
     * ({@code can_reclaim_anon_pages} is false), so anon folios are on no LRU in this model (docs/model.md,
     * K-VMSCAN-4); with one they go to the lruvec's inactive anon list.
     */
    private void lruAddAnon(AnonFolio folio) {
        if (swap.swapOn()) {
            swap.lruAdd(folio);
        }
    }

    @Override
    public long accessAnon(long n) {
        SimTask me = rt.current();
        MmStruct mm = requireMm(me, "a page access");
        long resident = 0;
        int i = 0;
        for (AnonPte pte : mm.anon.toArray(new AnonPte[0])) {
            if (i++ >= n) {
                break;
            }
            rt.returnToUserMode();
            if (pte.folio == null && pte.swapEntry >= 0) {
                mm.mmapLock().downRead();
                boolean in;
                try {
                    in = swap.swapIn(pte);
                } finally {
                    mm.mmapLock().upRead();
                }
                if (!in) {
                    rt.returnToUserMode();
                    break;
                }
            }
            if (pte.folio != null) {
                pte.folio.setReferenced(true);
                resident++;
            }
        }
        rt.returnToUserMode();
        return resident;
    }

    /** {@code zap_pte_range} for one PTE: a present folio is freed (or left to reclaim), a swap entry released. */
    private long zapPte(AnonPte pte) {
        MmStruct mm = pte.mm;
        AnonFolio f = pte.folio;
        if (f != null) {
            pte.folio = null;
            f.pte = null;
            f.setMapped(false);
            mm.rssAnon--;
            if (swap.freeUnmapped(f)) {
                pages.freePages(f.pfn(), 0);
                return 1;
            }
            return 0;
        }
        if (pte.swapEntry >= 0) {
            swap.swapFree(pte.swapEntry);
            pte.swapEntry = -1;
            mm.swapEnts--;
        }
        return 0;
    }

    @Override
    public void unmapAnon(long n) {
        SimTask me = rt.current();
        MmStruct mm = requireMm(me, "munmap");
        mm.mmapLock().downWrite();
        try {
            for (long i = 0; i < n && !mm.anon.isEmpty(); i++) {
                zapPte(mm.anon.removeLast());
            }
        } finally {
            mm.mmapLock().upWrite();
        }
    }

    /**
     * {@code __oom_reap_task_mm}: frees every anonymous page of {@code mm} (the caller holds {@code mmap_lock} for
     * read), and releases its swap entries; the victim's later {@code exit_mmap} finds them gone. Returns the pages
     * freed now (a folio reclaim holds is freed by reclaim).
     */
    public long reapAnon(MmStruct mm) {
        long n = 0;
        while (!mm.anon.isEmpty()) {
            n += zapPte(mm.anon.removeLast());
        }
        return n;
    }

    @Override
    public long rss(Task task) {
        MmStruct mm = task instanceof SimTask ? mms.get(task) : null;
        return mm == null ? 0 : mm.rss();
    }

    @Override
    public void setOomScoreAdj(int adj) {
        if (adj < -1000 || adj > 1000) {
            throw new IllegalArgumentException("oom_score_adj " + adj + " outside [-1000, 1000] (-EINVAL)");
        }
        requireMm(rt.current(), "oom_score_adj").oomScoreAdj = adj;
    }

    /** {@code exit_mm} → {@code mmput} → {@code exit_mmap}: the exiting task's pages go back to the allocator. */
    private void exitMm(SimTask t) {
        MmStruct mm = mms.remove(t);
        if (mm == null) {
            return;
        }
        long n = mm.rss();
        mm.setOomSkip();
        while (!mm.anon.isEmpty()) {
            zapPte(mm.anon.removeLast());
        }
        if (n > 0 || mm.oomVictim()) {
            rt.trace(new TraceEvent.ExitMmap(rt.clock().nanos(), t.comm(), n));
        }
    }

    private MmStruct requireMm(SimTask me, String what) {
        MmStruct mm = mmOf(me);
        if (mm == null) {
            throw new IllegalStateException(what + " in kernel thread " + me + ", which has no mm");
        }
        return mm;
    }
}
