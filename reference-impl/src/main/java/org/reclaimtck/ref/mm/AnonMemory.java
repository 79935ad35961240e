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
 * {@code /proc/<pid>/oom_score_adj}. A fault is the model's return to user space: a task with SIGKILL pending exits
 * there (K-OOM-4).
 */
public final class AnonMemory implements Mm {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final Map<SimTask, MmStruct> mms = new IdentityHashMap<>();

    /** {@code pages} is the kernel's traced allocator entry, so every fault's allocation is traced. */
    public AnonMemory(SimRuntime rt, PageAllocator pages) {
        this.rt = rt;
        this.pages = pages;
        rt.onExit(this::exitMm);
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
            } finally {
                mm.mmapLock().upRead();
            }
            if (pfn < 0) {
                // VM_FAULT_OOM: only an OOM victim's fault fails (K-GFP-4); it dies on the way out
                rt.returnToUserMode();
                break;
            }
            mm.anon.addLast(pfn);
            lruAddAnon(mm, pfn);
            done++;
        }
        rt.returnToUserMode();
        return done;
    }

    /**
     * {@code folio_add_lru_vma} for a new anonymous folio. With no swap device reclaim never scans anon
     * ({@code can_reclaim_anon_pages} is false), so anon folios are not on an LRU in this model; when swap arrives,
     * this is the one place that puts them on the lruvec's inactive anon list.
     */
    private void lruAddAnon(MmStruct mm, long pfn) {
        // no swap: nothing to do (docs/model.md, K-VMSCAN-4)
    }

    @Override
    public void unmapAnon(long n) {
        SimTask me = rt.current();
        MmStruct mm = requireMm(me, "munmap");
        mm.mmapLock().downWrite();
        try {
            for (long i = 0; i < n && !mm.anon.isEmpty(); i++) {
                pages.freePages(mm.anon.removeLast(), 0);
            }
        } finally {
            mm.mmapLock().upWrite();
        }
    }

    /**
     * {@code __oom_reap_task_mm}: frees every anonymous page of {@code mm} (the caller holds {@code mmap_lock} for
     * read); the victim's later {@code exit_mmap} finds them gone. Returns the pages freed.
     */
    public long reapAnon(MmStruct mm) {
        long n = 0;
        while (!mm.anon.isEmpty()) {
            pages.freePages(mm.anon.removeLast(), 0);
            n++;
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
            pages.freePages(mm.anon.removeLast(), 0);
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
