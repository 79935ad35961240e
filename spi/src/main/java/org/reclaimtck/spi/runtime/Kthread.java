package org.reclaimtck.spi.runtime;

import org.reclaimtck.spi.task.Task;

/** A kernel thread: models {@code kernel/kthread.c}. */
public interface Kthread {
    Task task();

    /** {@code kthread_stop()}: asks the thread to stop, wakes it and waits until it exits. */
    void kthreadStop();
}
