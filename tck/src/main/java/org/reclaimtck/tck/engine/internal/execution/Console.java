package org.reclaimtck.tck.engine.internal.execution;

import org.apiguardian.api.API;

/**
 * The kit's console: the start line, progress, the summary and the report paths on standard output, problems on
 * standard error; nothing at all under {@code reclaimtck.console=quiet} (the kit's self-tests assert on events).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Console {
    private final boolean quiet;

    public Console(boolean quiet) {
        this.quiet = quiet;
    }

    public void out(String text) {
        if (!quiet) {
            System.out.println(text);
        }
    }

    public void err(String text) {
        if (!quiet) {
            System.err.println(text);
        }
    }
}
