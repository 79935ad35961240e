package org.reclaimtck.ref.runtime;

/**
 * Unwinds a user task that a fatal signal ended: models {@code do_exit(SIGKILL)} from {@code get_signal} on the
 * return to user space ({@code kernel/signal.c}). The task exits normally (exit hooks, {@code TaskExited}); it is
 * not an exception of the task. An {@link Error} so model code's {@code catch (Exception)} does not swallow it.
 */
final class SimKilled extends Error {
    private static final long serialVersionUID = 1L;
    static final SimKilled INSTANCE = new SimKilled();

    private SimKilled() {
        super("task killed by SIGKILL", null, false, false);
    }
}
