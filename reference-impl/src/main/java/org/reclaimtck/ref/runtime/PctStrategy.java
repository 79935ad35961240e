package org.reclaimtck.ref.runtime;

import java.util.List;

/**
 * Probabilistic concurrency testing (Burckhardt et al.), tuned to the storage stack's memory-pressure deadlocks.
 * Each task gets a seeded priority, the highest runnable priority runs, and the running task usually continues,
 * so handoffs are rare. Three departures from textbook PCT, each measured (docs/search.md):
 * <ul>
 *   <li><b>Change points where the deadlocks are made.</b> The {@value #CHANGE_POINTS} points at which the running
 *   task drops to the lowest priority are drawn among the first {@value #HORIZON} scheduling points of the kinds
 *   {@link SchedPoint#pctCandidate} marks (reclaim, lock, unlock, completion and wait-queue waits and wakes), not
 *   among all points: three quarters of a run's points are {@code might_alloc()} at the entry of an allocation,
 *   where a priority change rarely matters.</li>
 *   <li><b>A woken task draws a fresh priority.</b> With priorities fixed at creation the tasks woken each jiffy
 *   (a sleeping memory hog, a bio's waiter) run in the same order every round, so which allocation crosses the
 *   min watermark is locked to one phase and S2's deadlock (the loop worker's GFP_KERNEL allocation entering
 *   reclaim while kswapd holds the dm-bufio lock) was found on 1 seed in 100. Redrawing at the wake (as Partial
 *   Order Sampling redraws after a racing event) varies the phase while keeping runs handoff-poor.</li>
 *   <li>A task that keeps the CPU for {@value #MAX_STREAK} points in a row is demoted, so a task polling with
 *   {@code cond_resched()} cannot starve the one it waits for, and a long allocation loop lets reclaim in.</li>
 * </ul>
 */
final class PctStrategy implements SchedStrategy {
    static final int CHANGE_POINTS = 6;
    static final int HORIZON = 400;
    static final int MAX_STREAK = 32;
    private static final int RANK_BASE = 1_000_000;

    private final SplitMix64 rng;
    private final long[] changeAt = new long[CHANGE_POINTS];
    private long step;
    private long lowest;
    private SimTask last;
    private int streak;

    PctStrategy(long seed) {
        this.rng = new SplitMix64(seed * 0x9E3779B97F4A7C15L + 7);
        for (int i = 0; i < CHANGE_POINTS; i++) {
            changeAt[i] = 1 + rng.nextInt(HORIZON);
        }
    }

    @Override
    public void taskCreated(SimTask task) {
        task.schedRank = RANK_BASE + rng.nextInt(RANK_BASE);
    }

    @Override
    public void taskWoken(SimTask task) {
        task.schedRank = RANK_BASE + rng.nextInt(RANK_BASE);
    }

    @Override
    public SimTask pick(List<SimTask> runnable, SimTask running, SchedPoint kind) {
        boolean candidate = kind.pctCandidate;
        if (candidate) {
            step++;
        }
        if (running != null) {
            streak = running == last ? streak + 1 : 0;
            boolean demote = streak >= MAX_STREAK;
            for (long at : changeAt) {
                demote |= candidate && at == step;
            }
            if (demote) {
                running.schedRank = --lowest;
                streak = 0;
            }
        }
        SimTask best = runnable.get(0);
        for (SimTask t : runnable) {
            if (t.schedRank > best.schedRank) {
                best = t;
            }
        }
        last = best;
        return best;
    }
}
