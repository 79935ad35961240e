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
