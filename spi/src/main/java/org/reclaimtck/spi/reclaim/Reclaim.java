package org.reclaimtck.spi.reclaim;

import org.reclaimtck.spi.gfp.Gfp;

/**
 * Reclaim on request, without an allocation: models proactive reclaim ({@code memory.reclaim} of
 * {@code mm/memcontrol.c}, {@code try_to_free_mem_cgroup_pages}) and {@code drop_caches}. A workload uses it to walk
 * every reclaim path once, as lockdep needs each path seen once, without putting memory under pressure.
 */
public interface Reclaim {
    /**
     * Reclaims up to {@code nrPages} pages in the current task: with {@code current_gfp_context(gfp)} (the task's
     * scoped mask, K-SCOPE-3), under PF_MEMALLOC, traced as {@code DirectReclaimBegin} / {@code DirectReclaimEnd}.
     * Priorities run from {@code DEF_PRIORITY} down to 0 until {@code nrPages} are reclaimed, so a large
     * {@code nrPages} scans every shrinker. Returns 0 at once for a task already in reclaim (PF_MEMALLOC).
     *
     * @return pages reclaimed
     */
    long tryToFreePages(Gfp gfp, long nrPages);
}
