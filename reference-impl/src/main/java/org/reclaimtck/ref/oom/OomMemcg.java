package org.reclaimtck.ref.oom;

import org.reclaimtck.ref.runtime.SimTask;

/**
 * The memcg a memcg OOM is confined to: models {@code oc->memcg} of {@code struct oom_control}
 * ({@code include/linux/oom.h}) as {@code out_of_memory} reads it: {@code mem_cgroup_scan_tasks} (which tasks
 * selection looks at), {@code mem_cgroup_get_max} (the {@code totalpages} of {@code oom_badness}) and the report's
 * numbers (K-OOM-2, K-OOM-3). Implemented by the memory controller one layer up.
 */
public interface OomMemcg {
    /** The {@code oom_memcg=} path. */
    String path();

    /** {@code mem_cgroup_scan_tasks}: whether selection looks at {@code task}. */
    boolean scans(SimTask task);

    /** {@code mem_cgroup_get_max}: {@code totalpages} for {@code oom_badness}. */
    long maxPages();

    /** {@code mem_cgroup_margin}: pages left under {@code memory.max}, for the report. */
    long margin();

    /** The memcg's LRU pages reclaim could free, for the report. */
    long reclaimablePages();
}
