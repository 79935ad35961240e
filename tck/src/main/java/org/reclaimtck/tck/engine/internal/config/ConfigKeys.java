package org.reclaimtck.tck.engine.internal.config;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Strict keys: every {@code reclaimtck.*} key the run sees must be one of the engine's parameters or a known build
 * property ({@link Configuration#BUILD_PROPERTIES}); any other is a one-line error that names the nearest known key,
 * so {@code -Dreclaimtck.seeed=3} fails instead of being ignored.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
final class ConfigKeys {
    static final String PREFIX = "reclaimtck.";

    private ConfigKeys() {
    }

    /** Throws for the first (sorted) unknown {@code reclaimtck.*} key among the parameters. */
    static void check(ConfigurationParameters params) {
        Set<String> keys;
        try {
            keys = new TreeSet<>(params.keySet());
        } catch (UnsupportedOperationException e) {
            return; // a launcher that cannot list its keys: only the known ones are read
        }
        for (String key : keys) {
            if (key.startsWith(PREFIX) && !known(key)) {
                throw new ConfigurationError(key, "unknown parameter; did you mean " + nearest(key) + "?"
                        + " (known: " + String.join(", ", Configuration.PARAMETERS) + ")");
            }
        }
    }

    static boolean known(String key) {
        return Configuration.PARAMETERS.contains(key) || Configuration.BUILD_PROPERTIES.contains(key);
    }

    /** The engine parameter (else build property) at the smallest edit distance from {@code key}. */
    static String nearest(String key) {
        return Stream.concat(Configuration.PARAMETERS.stream(), Configuration.BUILD_PROPERTIES.stream())
                .min(Comparator.comparingInt((String k) -> distance(key, k))).orElseThrow();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int subst = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(subst, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
