package org.reclaimtck.spi.runtime;

import java.util.List;
import org.reclaimtck.spi.task.Task;

/**
 * A reader/writer sleeping lock: models {@code kernel/locking/rwsem.c}. Readers queue behind a
 * waiting writer, as the kernel's handoff does, so writers do not starve.
 */
public interface RwSemaphore extends Waitable {
    void downRead();

    boolean tryDownRead();

    void upRead();

    void downWrite();

    boolean tryDownWrite();

    void upWrite();

    /** The current holders: one writer or any number of readers. */
    List<Task> holders();
}
