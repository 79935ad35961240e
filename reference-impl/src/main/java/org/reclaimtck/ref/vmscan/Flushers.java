package org.reclaimtck.ref.vmscan;

/** What reclaim needs from writeback, implemented one layer up: models {@code wakeup_flusher_threads} (K-WB-1). */
public interface Flushers {
    /** {@code wakeup_flusher_threads(reason)}: start writeback on every device with dirty I/O. */
    void wakeupFlusherThreads(String reason);

    /** None: a kernel without writeback (nothing is ever dirty). */
    Flushers NONE = reason -> { };
}
