package org.reclaimtck.ref.mm;

import org.reclaimtck.spi.gfp.Gfp;

/**
 * What the allocator needs from the OOM killer, implemented one layer up by {@code oom}: models the call
 * {@code __alloc_pages_may_oom} of {@code mm/page_alloc.c} makes into {@code mm/oom_kill.c} (K-ALLOC-11, K-OOM-1).
 */
public interface OutOfMemory {
    /**
     * {@code out_of_memory()} for the current task's request: true if it made progress (a victim was chosen, one
     * is still exiting, or a global {@code !__GFP_FS} OOM was skipped, K-OOM-2), false if the OOM killer is
     * disabled. With nothing killable in a global OOM the kernel panics and this does not return.
     */
    boolean outOfMemory(Gfp gfp, int order);
}
