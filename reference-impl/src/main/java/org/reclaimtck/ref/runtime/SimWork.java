package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.runtime.Work;

/** A work item: models {@code struct work_struct} ({@code include/linux/workqueue.h}). */
final class SimWork implements Work {
    private final String name;
    final Runnable fn;
    boolean pending;
    /** Executions started and finished: {@code flush_work} waits for the one pending or running when it was called. */
    long started;
    long finished;
    /** The worker running it now, or null. */
    SimTask runningOn;
    /** The wait queues of {@code flush_work} callers, woken at the end of every execution until their target ends. */
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
