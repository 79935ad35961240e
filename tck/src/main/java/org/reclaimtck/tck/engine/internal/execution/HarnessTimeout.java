package org.reclaimtck.tck.engine.internal.execution;

import org.apiguardian.api.API;
import org.reclaimtck.tck.engine.internal.config.OneLineError;

/**
 * A (case, seed) run the harness gave up on: it outlived {@code reclaimtck.timeout} of wall-clock time. Inconclusive,
 * not a verdict on the rule (a slow runner is not a deadlock): reported as an error of the harness with its own count,
 * the task dump and a replay command that carries the timeout. No stack trace.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class HarnessTimeout extends OneLineError {
    private static final long serialVersionUID = 1L;

    /** The outcome kind reports and failure groups use for it. */
    public static final String KIND = "HARNESS_TIMEOUT";

    private final String replay;

    HarnessTimeout(String message, String replay) {
        super(message);
        this.replay = replay;
    }

    public String replayCommand() {
        return replay;
    }
}
