package org.reclaimtck.ref.runtime;

/**
 * Unwinds a simulated task's Java stack when its run has ended (finished, deadlocked or aborted).
 * An {@link Error} so model code's {@code catch (Exception)} does not swallow it.
 */
final class SimExit extends Error {
    private static final long serialVersionUID = 1L;
    static final SimExit INSTANCE = new SimExit();

    private SimExit() {
        super("simulated task unwound: the run has ended", null, false, false);
    }
}
