package org.reclaimtck.ref.vmscan;

/** What reclaim needs from writeback, implemented one layer up: models {@code wakeup_flusher_threads} (K-WB-1). */
public interface Flushers {
    /** {@code wakeup_flusher_threads(reason)}: start writeback on every device with dirty I/O. */
    void wakeupFlusherThreads(String reason);

    /**
     * {@code pageout}: reclaim writes {@code folio} itself through its filesystem (kernels before the 2022 thread;
     * variant {@code vmscan:kswapd-writepage}); called unlocked; false if no filesystem took it.
     */
    default boolean pageout(org.reclaimtck.ref.mm.KernelFolio folio) {
        return false;
    }

    /** None: a kernel without writeback (nothing is ever dirty). */
    Flushers NONE = reason -> { };
}
