package org.reclaimtck.spi.mm;

import org.reclaimtck.spi.task.Task;

/**
 * A user task's anonymous memory as the workload drives it: models the parts of {@code mm/memory.c}
 * ({@code handle_mm_fault} → {@code do_anonymous_page}), {@code mm/mmap.c} ({@code munmap}, {@code exit_mmap}) and
 * {@code fs/proc/base.c} ({@code oom_score_adj}) a test needs to say "a task with a large anonymous working set".
 * Pages are charged to the task's {@code mm_struct} ({@code MM_ANONPAGES}) and freed when it unmaps them or exits.
 * Providers with {@link org.reclaimtck.spi.kernel.Capability#OOM} implement it.
 */
public interface Mm {
    /**
     * The current task touches {@code pages} new anonymous pages, each a fault allocating with
     * {@code GFP_HIGHUSER_MOVABLE}; returns the pages faulted in. A task the OOM killer chose ends here, at its
     * return to user space, and never returns (an unchecked exit the runtime treats as a normal exit).
     */
    long faultInAnon(long pages);

    /**
     * The current task touches the first {@code pages} pages of its anonymous memory (the oldest first): a page that
     * was swapped out faults back in ({@code do_swap_page}: a swap-cache folio is allocated and read from the swap
     * device, a traced wait on the read bio); a resident one is marked accessed. Returns the pages resident after the
     * touch. Like {@link #faultInAnon}, an OOM victim ends here.
     */
    long accessAnon(long pages);

    /** {@code munmap} of {@code pages} of the current task's anonymous memory (the most recent first). */
    void unmapAnon(long pages);

    /** {@code get_mm_rss}: resident pages of {@code task}'s mm (anon; file-backed mappings are not modelled). */
    long rss(Task task);

    /** Writes {@code /proc/self/oom_score_adj} of the current task: -1000 (never kill) .. 1000. */
    void setOomScoreAdj(int adj);
}
