package org.reclaimtck.ref.oom;

import java.util.Objects;
import java.util.function.LongSupplier;
import org.reclaimtck.ref.mm.AnonMemory;
import org.reclaimtck.ref.mm.MmStruct;
import org.reclaimtck.ref.mm.OutOfMemory;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The OOM killer: models {@code out_of_memory}, {@code select_bad_process} / {@code oom_evaluate_task},
 * {@code oom_badness} and {@code oom_kill_process} / {@code __oom_kill_process} of {@code mm/oom_kill.c}
 * (K-OOM-1..4): a dying current task gets reserves and the reaper; a global {@code !__GFP_FS} OOM kills nothing and
 * reports progress (variant {@value OomType#KILL_FOR_NOFS} kills anyway); selection skips kernel threads, adj -1000
 * and reaped mms and is aborted by a victim still exiting; the victim gets SIGKILL, then {@code mark_oom_victim},
 * then the reaper. Global OOM (CONSTRAINT_NONE) and memcg OOM (CONSTRAINT_MEMCG, {@link OomMemcg}: selection among
 * the memcg's tasks, badness against its limit, no NOFS skip, no panic); no cpuset or mempolicy constraints.
 */
public final class OomKiller implements OutOfMemory {
    /** OOM_SCORE_ADJ_MIN: never chosen. */
    static final int OOM_SCORE_ADJ_MIN = -1000;

    private final SimRuntime rt;
    private final AnonMemory mms;
    private final PageAllocator pages;
    private final LongSupplier reclaimable;
    private final ShowMem showMem;
    private final String variant;
    private final OomReaper reaper;

    /**
     * @param reclaimable the pages reclaim could still free ({@code zone_reclaimable_pages}), for the report
     * @param showMem     the LRU and swap lines of the report
     * @param variant     a variant of {@link OomType}
     */
    public OomKiller(SimRuntime rt, AnonMemory mms, PageAllocator pages, LongSupplier reclaimable, ShowMem showMem,
                     String variant) {
        this.rt = rt;
        this.mms = mms;
        this.pages = pages;
        this.reclaimable = reclaimable;
        this.showMem = showMem;
        this.variant = Objects.requireNonNull(variant);
        this.reaper = OomType.NO_REAPER.equals(variant) ? null : new OomReaper(rt, mms);
    }

    @Override
    public boolean outOfMemory(Gfp gfp, int order) {
        return outOfMemory(gfp, order, null);
    }

    /**
     * {@code mem_cgroup_out_of_memory} → {@code out_of_memory} with {@code oc->memcg} set (CONSTRAINT_MEMCG): the
     * victim is chosen among the memcg's tasks, even for a {@code !__GFP_FS} request (K-OOM-2); false if none is
     * killable (the charge then fails), true if a victim was killed or one is still exiting.
     */
    public boolean memcgOutOfMemory(Gfp gfp, int order, OomMemcg memcg) {
        return outOfMemory(gfp, order, java.util.Objects.requireNonNull(memcg));
    }

    private boolean outOfMemory(Gfp gfp, int order, OomMemcg memcg) {
        SimTask me = rt.current();
        // task_will_free_mem(current): let a dying task exit on reserves
        MmStruct own = mms.mmOf(me);
        if (own != null && me.fatalSignalPending()) {
            markOomVictim(own);
            return true;
        }
        // K-OOM-2: the global OOM killer does not run for a request that cannot enter the filesystem
        if (!gfp.has(Gfp.__GFP_FS) && memcg == null && !OomType.KILL_FOR_NOFS.equals(variant)) {
            return true;
        }
        if (OomType.NO_OOM_KILLER.equals(variant)) {
            panic(me, gfp, order, "the OOM killer is not built in (variant " + OomType.NO_OOM_KILLER + ")");
        }
        Choice chosen = selectBadProcess(memcg);
        if (chosen == null) {
            if (memcg != null) {
                return false; // is_memcg_oom: no panic, the charge fails
            }
            panic(me, gfp, order, "Out of memory and no killable processes...");
        }
        if (chosen.abort()) {
            return true;
        }
        oomKillProcess(me, chosen, gfp, order, memcg);
        return true;
    }

    /** A victim with its badness, or {@code abort}: an earlier victim is still exiting. */
    private record Choice(MmStruct mm, long points, boolean abort) {
    }

    /**
     * {@code select_bad_process}: the highest {@code oom_badness}, later tasks winning ties; null if none. A memcg OOM
     * looks only at the memcg's tasks ({@code mem_cgroup_scan_tasks}).
     */
    private Choice selectBadProcess(OomMemcg memcg) {
        Choice chosen = null;
        long totalpages = memcg != null ? memcg.maxPages() : pages.managedPages();
        for (SimTask t : rt.tasks()) {
            MmStruct mm = mms.mmOf(t);
            if (mm == null || (memcg != null && !memcg.scans(t))) {
                continue; // oom_unkillable_task: kernel threads; exited tasks have no mm
            }
            if (mm.oomVictim()) {
                if (mm.oomSkip()) {
                    continue;
                }
                return new Choice(mm, 0, true); // a victim is still exiting: abort (K-OOM-3)
            }
            long points = oomBadness(mm, totalpages);
            if (points == Long.MIN_VALUE || (chosen != null && points < chosen.points())) {
                continue;
            }
            chosen = new Choice(mm, points, false);
        }
        return chosen;
    }

    /** {@code oom_badness}: RSS + swap entries + page tables + adj x totalpages / 1000 (K-OOM-3). */
    static long oomBadness(MmStruct mm, long totalpages) {
        if (mm.oomScoreAdj() == OOM_SCORE_ADJ_MIN || mm.oomSkip()) {
            return Long.MIN_VALUE;
        }
        return mm.rss() + mm.swapEntries() + mm.pgtables() + (long) mm.oomScoreAdj() * (totalpages / 1000);
    }

    /** {@code __oom_kill_process}: SIGKILL, {@code mark_oom_victim} (traced with the report), the reaper (K-OOM-4). */
    private void oomKillProcess(SimTask me, Choice c, Gfp gfp, int order, OomMemcg memcg) {
        SimTask victim = c.mm().owner();
        rt.sigkill(victim);
        String reason = (memcg == null ? "Out of memory" : "Memory cgroup out of memory") + ": Killed process "
                + victim.pid() + " (" + victim.comm() + ") anon-rss:"
                + c.mm().rss() * 4 + "kB, file-rss:0kB, shmem-rss:0kB, pgtables:" + c.mm().pgtables() * 4
                + "kB oom_score_adj:" + c.mm().oomScoreAdj();
        if (memcg == null) {
            rt.trace(new TraceEvent.OomKill(rt.clock().nanos(), me.comm(), victim.comm(), gfp, order, c.points(),
                    c.mm().rss(), pages.nrFreePages(), reclaimable.getAsLong(), pages.watermarks().min(),
                    "CONSTRAINT_NONE", reason, showMem.anonPages(), showMem.filePages(), showMem.freeSwapPages()));
        } else {
            rt.trace(new TraceEvent.OomKill(rt.clock().nanos(), me.comm(), victim.comm(), gfp, order, c.points(),
                    c.mm().rss(), memcg.margin(), memcg.reclaimablePages(), 0, "CONSTRAINT_MEMCG", reason,
                    memcg.path()));
        }
        markOomVictim(c.mm());
    }

    private void markOomVictim(MmStruct mm) {
        if (mm.oomVictim()) {
            return;
        }
        mm.markOomVictim();
        if (reaper != null) {
            reaper.queue(mm);
        }
    }

    private void panic(SimTask me, Gfp gfp, int order, String why) {
        rt.panic(new Outcome.OutOfMemory("Kernel panic - not syncing: " + why + "\n  out_of_memory: " + me.comm()
                + " gfp_mask=" + gfp + " order=" + order + ", free " + pages.nrFreePages() + " pages ("
                + pages.watermarks() + "), reclaimable " + reclaimable.getAsLong()));
    }
}
