package org.reclaimtck.spi.mm;

/**
 * cgroup v2's memory controller as a workload drives it: models the files of {@code /sys/fs/cgroup} that
 * {@code mm/memcontrol.c} serves ({@code memory.max}, {@code memory.current}) and {@code cgroup.procs} of
 * {@code kernel/cgroup/cgroup.c}. A case says "this workload runs in a memcg of N pages" with
 * {@code create("/job", N)} before the run and {@code attach("/job")} first thing in each of its tasks. Paths are
 * absolute, {@code /} is the root (no limit), a parent exists before its child. Providers with
 * {@link org.reclaimtck.spi.kernel.Capability#MEMCG} implement it.
 */
public interface MemoryCgroups {
    /** {@code memory.max} of "max": no limit. */
    long MAX = Long.MAX_VALUE;

    /** {@code mkdir /sys/fs/cgroup<path>} and {@code echo <maxPages pages> > memory.max}; may be called before the run. */
    void create(String path, long maxPages);

    /** {@code echo 0 > <path>/cgroup.procs}: the current task moves into {@code path}; its later charges go there. */
    void attach(String path);

    /** {@code memory.current} of {@code path}, in pages (hierarchical). */
    long usage(String path);
}
