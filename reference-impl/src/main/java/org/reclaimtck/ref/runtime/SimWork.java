package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.runtime.Work;

/** A work item: models {@code struct work_struct} ({@code include/linux/workqueue.h}). */
final class SimWork implements Work {
    private final String name;
    final Runnable fn;
    boolean pending;
    /** The worker running it now, or null. */
    SimTask runningOn;
    /** {@code flush_work} callers waiting for the current execution. */
    final java.util.List<SimWaitQueue> flushers = new java.util.ArrayList<>();

    SimWork(String name, Runnable fn) {
        this.name = name;
        this.fn = fn;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean pending() {
        return pending;
    }
}
