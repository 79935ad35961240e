package org.reclaimtck.spi.runtime;

/** Workqueue flags: models {@code enum wq_flags} of {@code include/linux/workqueue.h}. */
public enum WqFlag {
    WQ_UNBOUND,
    WQ_FREEZABLE,
    /** The workqueue owns a rescuer: one execution context under any memory state (K-WQ-1). */
    WQ_MEM_RECLAIM,
    WQ_HIGHPRI
}
