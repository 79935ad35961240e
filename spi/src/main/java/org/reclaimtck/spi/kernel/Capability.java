package org.reclaimtck.spi.kernel;

/** A part of the kernel a provider implements; cases needing a missing part are "not applicable". */
public enum Capability {
    /** Deterministic runtime: locks, waits, completions, timers, kthreads, workqueues (kernel/sched, kernel/locking). */
    RUNTIME,
    /** {@code memalloc_*_save} scopes and {@code current_gfp_context} (include/linux/sched/mm.h). */
    TASK_SCOPES,
    PAGE_ALLOCATOR,
    RECLAIM,
    SHRINKERS,
    WRITEBACK,
    BLOCK,
    LOOP,
    DEVICE_MAPPER,
    FILESYSTEM,
    OOM,
    /** A swap device on a block device of the stack ({@code StackSpec.Builder.swapon}), swap-out and swap-in. */
    SWAP,
    /**
     * Memory cgroups ({@code mm/memcontrol.c}): {@code memory.max}, charging, memcg reclaim and the memcg OOM killer
     * ({@link Kernel#memcg()}).
     */
    MEMCG,
    /** Memory pools with a guaranteed reserve ({@code mm/mempool.c}): {@code Kernel.mempools()}. */
    MEMPOOL,
    /** RCU grace periods, {@code call_rcu} and {@code kvfree_rcu} with its shrinker ({@code Kernel.rcu()}). */
    RCU
}
