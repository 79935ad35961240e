package org.reclaimtck.spi.task;

import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;

/**
 * A task and its allocation context: models {@code struct task_struct} ({@code include/linux/sched.h})
 * and the scoped API of {@code include/linux/sched/mm.h}. Rules K-SCOPE-1..8.
 *
 * <p>The {@code memalloc*Save} methods and {@link #currentGfpContext} act on the task itself and are
 * called by the task's own code ({@code current}).
 */
public interface Task {
    /** {@code current->comm}, e.g. {@code kswapd0}, {@code loop0}. */
    String comm();

    /** A small id, unique within one kernel, in creation order. */
    int pid();

    /** The task's {@code PF_*} flags now. */
    Set<PfFlag> flags();

    default boolean isKthread() {
        return flags().contains(PfFlag.PF_KTHREAD);
    }

    /**
     * {@code current->flags |= flag}: a flag set outside a scope, as {@code kswapd()} sets
     * {@code PF_MEMALLOC|PF_KSWAPD} and the loop worker {@code PF_LOCAL_THROTTLE} (K-LOOP-1); traced as
     * {@code TaskFlagChanged}. Scoped flags belong in {@code memalloc_*_save}. Providers without it throw.
     */
    default void setFlag(PfFlag flag) {
        throw new UnsupportedOperationException("this provider's tasks do not take flags (setFlag " + flag + ")");
    }

    /** {@code current->flags &= ~flag}, the pair of {@link #setFlag}. */
    default void clearFlag(PfFlag flag) {
        throw new UnsupportedOperationException("this provider's tasks do not take flags (clearFlag " + flag + ")");
    }

    /** {@code memalloc_nofs_save()}: sets {@code PF_MEMALLOC_NOFS}. */
    MemallocScope memallocNofsSave();

    /**
     * {@code memalloc_nofs_save(ctx)}: the per-superblock NOFS context of the 2020 proposal (Dave Chinner), a scope
     * carrying the filesystem's superblock and its nesting depth. Under the kernel's semantics it is plain
     * {@link #memallocNofsSave()} (a kernel has no other); a policy that implements the proposal lets reclaim enter
     * other superblocks at the same depth. A filesystem that opens its transaction scope through this method runs
     * unchanged on both. Providers without the proposal keep the default.
     */
    default MemallocScope memallocNofsSave(NofsContext ctx) {
        return memallocNofsSave();
    }

    /**
     * {@code memalloc_nofail_save()}, a proposal (LSF/MM 2024) no kernel has: requests in the scope default to
     * {@code __GFP_NOFAIL} unless they ask {@code __GFP_NORETRY} or {@code __GFP_RETRY_MAYFAIL}. Where the selected
     * policy lacks the proposal the scope is a no-op (its requests keep their masks); this default, for providers that
     * do not model it, is an untraced no-op.
     */
    default MemallocScope memallocNofailSave() {
        return new NoopScope(PfFlag.PF_MEMALLOC_NOFAIL, "memalloc_nofail_save");
    }

    /**
     * {@code memalloc_nowait_save()}, a proposal (2020; PF_MEMALLOC_NORECLAIM in v6.11, reverted, K-SCOPE-8): requests
     * in the scope lose {@code __GFP_DIRECT_RECLAIM} and gain {@code __GFP_NOWARN}. Where the selected policy lacks it
     * the scope is a no-op; this default, for providers that do not model it, is an untraced no-op.
     */
    default MemallocScope memallocNowaitSave() {
        return new NoopScope(PfFlag.PF_MEMALLOC_NOWAIT, "memalloc_nowait_save");
    }

    /** {@code memalloc_noio_save()}: sets {@code PF_MEMALLOC_NOIO}. */
    MemallocScope memallocNoioSave();

    /** {@code memalloc_noreclaim_save()}: sets {@code PF_MEMALLOC}. */
    MemallocScope memallocNoreclaimSave();

    /** {@code memalloc_pin_save()}: sets {@code PF_MEMALLOC_PIN}. */
    MemallocScope memallocPinSave();

    /**
     * {@code current_gfp_context(gfp)}: NOIO clears {@code __GFP_IO|__GFP_FS}, else NOFS clears
     * {@code __GFP_FS}; PIN clears {@code __GFP_MOVABLE} (K-SCOPE-2).
     */
    Gfp currentGfpContext(Gfp gfp);

    /** {@code current->journal_info}: the running transaction, or null. */
    Object journalInfo();

    /** Sets {@code current->journal_info}. */
    void setJournalInfo(Object transaction);
}
