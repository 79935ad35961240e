package org.reclaimtck.tck.workloads;

import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.reclaim.Reclaim;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.Task;

/**
 * The proactive-reclaim probe: models an administrator writing to {@code memory.reclaim} (or {@code drop_caches})
 * once in each allocation context, so every reclaim path runs once on ample memory and the dependency oracle sees
 * each dependency it needs, as lockdep needs each path seen once. The passes go from the most restricted context
 * to the least (inside {@code memalloc_noio_save}, inside {@code memalloc_nofs_save}, then {@code GFP_KERNEL}), so
 * what a restricted pass would act on (dirty buffers, unused inodes) is not consumed first by a wider pass.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReclaimProbe {
    /** The task's comm: what writes to {@code memory.reclaim}. */
    public static final String COMM = "memory.reclaim";
    /** Pages each pass asks for: more than any case has, so every priority down to 0 runs and every shrinker scans. */
    public static final long NR_PAGES = 1L << 30;

    private ReclaimProbe() {
    }

    /** Spawns the probe: after {@code start} completes, one pass per context. */
    public static Task spawn(Kernel k, Completion start) {
        Reclaim reclaim = k.reclaim();
        return k.spawn(COMM, () -> {
            start.waitForCompletion();
            Task me = k.runtime().current();
            try (MemallocScope noio = me.memallocNoioSave()) {
                reclaim.tryToFreePages(Gfp.GFP_KERNEL, NR_PAGES);
            }
            try (MemallocScope nofs = me.memallocNofsSave()) {
                reclaim.tryToFreePages(Gfp.GFP_KERNEL, NR_PAGES);
            }
            reclaim.tryToFreePages(Gfp.GFP_KERNEL, NR_PAGES);
        });
    }
}
