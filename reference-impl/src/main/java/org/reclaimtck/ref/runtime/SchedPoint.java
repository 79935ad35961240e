package org.reclaimtck.ref.runtime;

/**
 * What the running task was doing at a scheduling point, for strategies that weigh points differently
 * ({@link PctStrategy} places its priority change points at the points where the storage stack's deadlocks are
 * made: reclaim, locks and completions). The kind is derived from the model's own calls, so it is a function of
 * the run like everything else.
 */
enum SchedPoint {
    /** {@code might_alloc()}'s {@code cond_resched()} at the entry of every blocking allocation. */
    ALLOC(false),
    /** {@code cond_resched()} inside reclaim: the allocation slow path, direct reclaim, kswapd, shrink_slab. */
    RECLAIM(true),
    /** Taking a mutex or rwsem. */
    LOCK(true),
    /** Releasing a mutex or rwsem. */
    UNLOCK(true),
    /** Waiting on a completion (bio and I/O waits included) or a wait queue. */
    WAIT(true),
    /** {@code complete()}, {@code complete_all()}, {@code wake_up_all()} from a task. */
    WAKE(true),
    /** Anything else: a plain {@code cond_resched()}, a zero-length sleep, a task blocking or exiting. */
    OTHER(false);

    /** True for the points where PCT may change a priority. */
    final boolean pctCandidate;

    SchedPoint(boolean pctCandidate) {
        this.pctCandidate = pctCandidate;
    }
}
