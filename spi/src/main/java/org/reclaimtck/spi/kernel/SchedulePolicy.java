package org.reclaimtck.spi.kernel;

/** How the deterministic scheduler picks the next task at a scheduling point. */
public enum SchedulePolicy {
    /** Uniformly among runnable tasks at every point (a random walk). */
    RANDOM,
    /** PCT: seeded priorities with a few priority-change points; the running task usually continues. */
    PCT,
    /** Even seeds RANDOM, odd seeds PCT: the default. */
    PORTFOLIO,
    /** The next runnable task in pid order at every point: for benchmarks, not for search. */
    ROUND_ROBIN
}
