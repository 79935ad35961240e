package org.reclaimtck.tck.engine.config;

import java.time.Duration;

/** Prints durations the way reclaimtck.timeout accepts them: {@code 300ms}, {@code 30s}, {@code 2m}. */
public final class Durations {
    private Durations() {
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
