package org.reclaimtck.ref.mm;

import java.util.ArrayDeque;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.runtime.RwSemaphore;

/**
 * A user task's address space: models {@code struct mm_struct} ({@code include/linux/mm_types.h}) with its
 * {@code MM_ANONPAGES} RSS counter, page-table pages ({@code mm_pgtables_bytes}), {@code mmap_lock},
 * {@code MMF_OOM_SKIP}, and the task's {@code signal->oom_score_adj} and {@code signal->oom_mm} (the OOM victim mark
 * that grants ALLOC_OOM, K-ALLOC-6, K-OOM-3, K-OOM-4); {@code MM_SWAPENTS} counts PTEs that hold a swap entry.
 */
public final class MmStruct {
    /** PTEs per page-table page on x86-64 (PTRS_PER_PTE). */
    static final long PTRS_PER_PTE = 512;

    private final SimTask owner;
    private final RwSemaphore mmapLock;
    /** The anonymous PTEs, most recent last. */
    final ArrayDeque<AnonPte> anon = new ArrayDeque<>();
    /** {@code MM_ANONPAGES}. */
    long rssAnon;
    /** {@code MM_SWAPENTS}. */
    long swapEnts;
    int oomScoreAdj;
    private boolean oomSkip;
    private boolean oomVictim;

    MmStruct(SimTask owner, RwSemaphore mmapLock) {
        this.owner = owner;
        this.mmapLock = mmapLock;
    }

    public SimTask owner() {
        return owner;
    }

    /** {@code mm->mmap_lock}. */
    public RwSemaphore mmapLock() {
        return mmapLock;
    }

    /** {@code get_mm_rss}: MM_ANONPAGES (file and shmem mappings are not modelled). */
    public long rss() {
        return rssAnon;
    }

    /** {@code get_mm_counter(mm, MM_SWAPENTS)}: PTEs holding a swap entry (0 without swap). */
    public long swapEntries() {
        return swapEnts;
    }

    /** {@code mm_pgtables_bytes(mm) / PAGE_SIZE}: the PGD page plus one PTE page per 512 PTEs (present or swap). */
    public long pgtables() {
        return 1 + (anon.size() + PTRS_PER_PTE - 1) / PTRS_PER_PTE;
    }

    /** {@code signal->oom_score_adj}: -1000 (OOM_SCORE_ADJ_MIN, never chosen) .. 1000. */
    public int oomScoreAdj() {
        return oomScoreAdj;
    }

    /** {@code test_bit(MMF_OOM_SKIP, &mm->flags)}: reaped or given up on; selection skips it. */
    public boolean oomSkip() {
        return oomSkip;
    }

    /** {@code set_bit(MMF_OOM_SKIP, &mm->flags)}. */
    public void setOomSkip() {
        oomSkip = true;
    }

    /** {@code tsk_is_oom_victim(owner)}: {@code mark_oom_victim} ran for it (TIF_MEMDIE, ALLOC_OOM). */
    public boolean oomVictim() {
        return oomVictim;
    }

    /** {@code mark_oom_victim}: the owner may dip into reserves (ALLOC_OOM) to exit. */
    public void markOomVictim() {
        oomVictim = true;
    }

    @Override
    public String toString() {
        return "mm of " + owner + " (anon-rss " + rss() + ", swapents " + swapEnts + ")";
    }
}
