package org.reclaimtck.ref.runtime;

import java.util.List;
import org.reclaimtck.spi.kernel.SchedulePolicy;

/**
 * Picks the next task at a scheduling point: the simulator's stand-in for {@code kernel/sched/core.c}'s
 * {@code pick_next_task}, driven only by the run's seed.
 */
interface SchedStrategy {
    /**
     * @param runnable runnable tasks in pid order, never empty
     * @param running  the task at the scheduling point if it is still runnable, else null
     * @param kind     what the running task was doing at the point
     */
    SimTask pick(List<SimTask> runnable, SimTask running, SchedPoint kind);

    /** A task was created: strategies that rank tasks give it a rank here. */
    default void taskCreated(SimTask task) {
    }

    /** A blocked task was made runnable by {@code by} (a task's comm, {@code softirq}, or {@code timeout}). */
    default void taskWoken(SimTask task) {
    }

    static SchedStrategy of(SchedulePolicy policy, long seed) {
        switch (policy) {
            case RANDOM:
                return new RandomWalk(seed);
            case PCT:
                return new PctStrategy(seed);
            case ROUND_ROBIN:
                return new RoundRobin();
            case PORTFOLIO:
                return (seed & 1) == 0 ? new RandomWalk(seed) : new PctStrategy(seed);
            default:
                throw new IllegalArgumentException("unknown policy " + policy);
        }
    }
}
