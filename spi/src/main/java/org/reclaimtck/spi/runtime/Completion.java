package org.reclaimtck.spi.runtime;

/** A one-shot event with a count: models {@code kernel/sched/completion.c}. */
public interface Completion extends Waitable {
    /** {@code wait_for_completion()}: sleeps uninterruptibly until done, consumes one. */
    void waitForCompletion();

    /** {@code wait_for_completion_io()}: as {@link #waitForCompletion()}, accounted as I/O wait (a bio). */
    default void waitForCompletionIo() {
        waitForCompletion();
    }

    /** {@code wait_for_completion_timeout()}: jiffies left (at least 1) or 0 on timeout. */
    long waitForCompletionTimeout(long timeoutJiffies);

    /** {@code complete()}: wakes one waiter. May be called from timer (softirq) context. */
    void complete();

    /** {@code complete_all()}: wakes every waiter and every later one. */
    void completeAll();

    /** {@code reinit_completion()}. */
    void reinit();

    /** {@code completion_done()}. */
    boolean done();
}
