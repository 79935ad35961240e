package org.reclaimtck.spi.runtime;

import java.util.function.BooleanSupplier;

/** A wait queue head with condition waits: models {@code include/linux/wait.h}, {@code kernel/sched/wait.c}. */
public interface WaitQueue extends Waitable {
    /** {@code wait_event()}: sleeps (TASK_UNINTERRUPTIBLE) until the condition holds after a wake-up. */
    void waitEvent(BooleanSupplier condition);

    /**
     * {@code wait_event_idle()}: as {@link #waitEvent} but TASK_IDLE: a kthread waiting for work,
     * which is neither a hung task nor part of a deadlock while it waits.
     */
    void waitEventIdle(BooleanSupplier condition);

    /**
     * {@code wait_event_killable()}: as {@link #waitEvent} but TASK_KILLABLE: returns true when the condition holds,
     * false ({@code -ERESTARTSYS}) when a fatal signal is pending. Providers without signals wait as
     * {@link #waitEvent}.
     */
    default boolean waitEventKillable(BooleanSupplier condition) {
        waitEvent(condition);
        return true;
    }

    /**
     * {@code wait_event_timeout()}: returns the jiffies left (at least 1) if the condition became true,
     * 0 if the timeout elapsed with the condition still false.
     */
    long waitEventTimeout(BooleanSupplier condition, long timeoutJiffies);

    /** {@code wake_up_all()}: every waiter re-checks its condition. */
    void wakeUpAll();

    /** Number of tasks waiting now. */
    int waiters();
}
