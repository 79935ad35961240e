package org.reclaimtck.spi.runtime;

/** A work item: models {@code struct work_struct} and {@code INIT_WORK} of {@code include/linux/workqueue.h}. */
public interface Work {
    String name();

    /** The lock class of waiting for this work, as lockdep names it: {@code (work_completion)(<name>)}. */
    default String lockClass() {
        return "(work_completion)(" + name() + ")";
    }

    /** {@code work_pending()}: queued and not yet started. */
    boolean pending();
}
