package org.reclaimtck.tck.engine.internal.config;

import java.time.Duration;
import org.apiguardian.api.API;

/** Prints durations the way reclaimtck.timeout accepts them: {@code 300ms}, {@code 30s}, {@code 2m}. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
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
