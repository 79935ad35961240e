package org.reclaimtck.spi.kernel;

/**
 * Counters of one run.
 *
 * @param schedulingPoints points where the scheduler chose the next task
 * @param contextSwitches  points where it chose a different task than the one running (a handoff)
 * @param virtualNanos     virtual time at the end of the run
 * @param tasks            tasks created, kthreads included
 */
public record RunStatistics(long schedulingPoints, long contextSwitches, long virtualNanos, int tasks) {
}
