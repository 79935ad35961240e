package org.reclaimtck.spi.task;

/**
 * Per-task flags that shape allocation: models the {@code PF_*} bits of
 * {@code include/linux/sched.h} used by {@code include/linux/sched/mm.h}. Rules K-SCOPE-1..5.
 */
public enum PfFlag {
    /** Reclaim context: never enter direct reclaim, may use reserves (K-SCOPE-4, K-SCOPE-5). */
    PF_MEMALLOC,
    /** Scoped {@code GFP_NOFS}: {@code current_gfp_context} clears {@code __GFP_FS}. */
    PF_MEMALLOC_NOFS,
    /** Scoped {@code GFP_NOIO}: clears {@code __GFP_IO} and {@code __GFP_FS}. */
    PF_MEMALLOC_NOIO,
    /** Scoped long-term pin: clears {@code __GFP_MOVABLE}. */
    PF_MEMALLOC_PIN,
    /** The task is kswapd. */
    PF_KSWAPD,
    /** The task is a kernel thread. */
    PF_KTHREAD,
    /** The task is a workqueue worker. */
    PF_WQ_WORKER,
    /** Throttle only against the task's own writeback (loop, nfsd; K-LOOP-1, K-WB-2). */
    PF_LOCAL_THROTTLE,
    /**
     * Proposal, not in any kernel (Dave Chinner, LSF/MM 2024): scoped {@code __GFP_NOFAIL}; set only by
     * {@code memalloc_nofail_save} under the {@code gfp-policy:nofail-scope} policy.
     */
    PF_MEMALLOC_NOFAIL,
    /**
     * Proposal, not in any kernel (Matthew Wilcox 2020; PF_MEMALLOC_NORECLAIM in v6.11, reverted for v6.12, K-SCOPE-8):
     * scoped {@code GFP_NOWAIT}; set only by {@code memalloc_nowait_save} under {@code gfp-policy:nowait-scope}.
     */
    PF_MEMALLOC_NOWAIT
}
