package org.reclaimtck.spi.runtime;

import java.util.Set;

/**
 * A workqueue with a pool of workers: models {@code kernel/workqueue.c}. With
 * {@link WqFlag#WQ_MEM_RECLAIM} a rescuer runs queued work when no new worker can be created
 * (K-WQ-1, K-WQ-2).
 */
public interface Workqueue {
    String name();

    /** The lock class a flush waits on, as lockdep names it: {@code (wq_completion)<name>}. */
    default String lockClass() {
        return "(wq_completion)" + name();
    }

    Set<WqFlag> flags();

    /** {@code queue_work()}: false if the work was already pending. */
    boolean queueWork(Work work);

    /** {@code flush_workqueue()}: waits until everything queued before the call has run. */
    void flushWorkqueue();

    /**
     * {@code flush_work()} of a work queued on this workqueue: waits (a traced wait) until it is neither pending nor
     * running; false if it was idle. Providers without it flush the whole workqueue.
     */
    default boolean flushWork(Work work) {
        flushWorkqueue();
        return true;
    }

    /** {@code destroy_workqueue()}: drains and stops the workers. */
    void destroyWorkqueue();
}
