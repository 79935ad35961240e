package org.reclaimtck.ref.runtime;

import java.util.List;
import java.util.function.Supplier;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * Why a task sleeps: the wait kind, the object and the tasks whose progress would wake it. The
 * simulator's record of a task's {@code __state} and wait channel ({@code wchan}).
 */
final class BlockInfo {
    final WaitKind kind;
    final String object;
    final String lockClass;
    /** TASK_IDLE: a kthread waiting for work, never hung and never stuck. */
    final boolean idle;
    final Supplier<List<SimTask>> waitsFor;
    /** Removes the task from the object's wait list; non-null only for waits a wake-up may cut short. */
    final Runnable cancel;
    /** TASK_KILLABLE: SIGKILL cancels the wait (via {@link #cancel}) and wakes the task. */
    final boolean killable;

    BlockInfo(WaitKind kind, String object, String lockClass, boolean idle, Supplier<List<SimTask>> waitsFor,
              Runnable cancel) {
        this(kind, object, lockClass, idle, waitsFor, cancel, false);
    }

    BlockInfo(WaitKind kind, String object, String lockClass, boolean idle, Supplier<List<SimTask>> waitsFor,
              Runnable cancel, boolean killable) {
        this.killable = killable && cancel != null;
        this.kind = kind;
        this.object = object;
        this.lockClass = lockClass;
        this.idle = idle;
        this.waitsFor = waitsFor;
        this.cancel = cancel;
    }
}
