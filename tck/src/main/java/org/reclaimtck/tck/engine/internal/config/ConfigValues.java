package org.reclaimtck.tck.engine.internal.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for configuration values; each failure is a one-line {@link ConfigurationError} naming parameter and value. */
final class ConfigValues {
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m)");
    static final int MAX_SEEDS = 100_000;

    private ConfigValues() {
    }

    static int seedCount(String parameter, String value) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfigurationError(parameter, "'" + value + "' is not a number of seeds (expected a positive"
                    + " integer, e.g. 16)");
        }
        if (n < 1 || n > MAX_SEEDS) {
            throw new ConfigurationError(parameter, "'" + value + "' is out of range (expected 1.." + MAX_SEEDS + ")");
        }
        return n;
    }

    /** A replay seed: seeds run from 1, so zero and negative numbers are errors. */
    static long seed(String parameter, String value) {
        long seed;
        try {
            seed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfigurationError(parameter, "'" + value + "' is not a seed (expected a positive integer, e.g. 3)");
        }
        if (seed < 1) {
            throw new ConfigurationError(parameter, "'" + value + "' is not a seed (seeds run from 1; expected a"
                    + " positive integer, e.g. 3)");
        }
        return seed;
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m}. */
    static Duration duration(String parameter, String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigurationError(parameter, "'" + value + "' is not a duration (expected e.g. 500ms, 30s, 2m)");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
        if (d.isZero()) {
            throw new ConfigurationError(parameter, "'" + value + "' is zero (expected a positive duration, e.g. 30s)");
        }
        return d;
    }

    /** A comma list without blanks; an empty entry is an error. */
    static List<String> list(String parameter, String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                throw new ConfigurationError(parameter, "'" + value + "' has an empty entry (expected a comma list,"
                        + " e.g. RT-1,RT-2)");
            }
            out.add(p);
        }
        return out;
    }

    static String nonBlank(String parameter, String value) {
        if (value.isBlank()) {
            throw new ConfigurationError(parameter, "is empty");
        }
        return value.trim();
    }
}
