package org.reclaimtck.spi.kernel;

/** The kinds of {@link Outcome}, for filters and reports. */
public enum OutcomeKind {
    COMPLETED,
    DEADLOCK,
    LOST_WAKEUP,
    HUNG_TASK,
    NO_PROGRESS,
    OUT_OF_MEMORY,
    IMPLEMENTATION_ERROR
}
