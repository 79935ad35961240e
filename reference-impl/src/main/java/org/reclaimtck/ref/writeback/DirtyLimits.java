package org.reclaimtck.ref.writeback;

/**
 * The global dirty thresholds: models {@code global_dirty_limits}, {@code global_dirtyable_memory} and
 * {@code dirty_freerun_ceiling} of {@code mm/page-writeback.c} with the defaults {@code vm.dirty_background_ratio=10}
 * and {@code vm.dirty_ratio=20} of the dirtyable memory (free pages plus file LRU pages) (K-WB-2).
 */
record DirtyLimits(long dirtyable, long bgThresh, long thresh) {
    static final int DIRTY_BACKGROUND_RATIO = 10;
    static final int DIRTY_RATIO = 20;

    static DirtyLimits of(long freePages, long filePages) {
        long dirtyable = freePages + filePages;
        return new DirtyLimits(dirtyable, dirtyable * DIRTY_BACKGROUND_RATIO / 100, dirtyable * DIRTY_RATIO / 100);
    }

    /** {@code dirty_freerun_ceiling}: writers are never throttled below it. */
    long freerun() {
        return (thresh + bgThresh) / 2;
    }
}
