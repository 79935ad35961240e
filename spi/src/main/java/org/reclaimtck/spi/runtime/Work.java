package org.reclaimtck.spi.runtime;

/** A work item: models {@code struct work_struct} and {@code INIT_WORK} of {@code include/linux/workqueue.h}. */
public interface Work {
    String name();

    /** {@code work_pending()}: queued and not yet started. */
    boolean pending();
}
