package org.reclaimtck.ref.runtime;

import java.util.List;

/**
 * Probabilistic concurrency testing (Burckhardt et al.): each task gets a seeded priority, the highest
 * runnable priority runs, and at a few seeded change points the running task drops to the lowest
 * priority. The running task usually continues, so handoffs are rare. A task that keeps the CPU for
 * {@value #MAX_STREAK} points in a row is demoted too, so a task polling with {@code cond_resched()}
 * cannot starve the one it waits for.
 */
final class PctStrategy implements SchedStrategy {
    private static final int CHANGE_POINTS = 3;
    private static final int HORIZON = 2_000;
    private static final int MAX_STREAK = 256;

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
        task.schedRank = 1_000_000L + rng.nextInt(1_000_000);
    }

    @Override
    public SimTask pick(List<SimTask> runnable, SimTask running) {
        step++;
        if (running != null) {
            streak = running == last ? streak + 1 : 0;
            boolean demote = streak >= MAX_STREAK;
            for (long at : changeAt) {
                demote |= at == step;
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
