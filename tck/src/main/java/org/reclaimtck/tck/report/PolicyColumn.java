package org.reclaimtck.tck.report;

import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One column of a {@link PolicyTable}: a counter summed over a policy's seeds, divided by another counter's sum
 * ({@code per}, e.g. pages reclaimed per NOFS direct reclaim) or by a fixed {@code scale} (nanoseconds to
 * milliseconds), shown with {@code decimals} places. A column is data, so a merge of shards renders it without the
 * case's code.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public record PolicyColumn(String header, String counter, String per, long scale, int decimals) {
    /** The counter's sum. */
    public static PolicyColumn count(String header, String counter) {
        return new PolicyColumn(header, counter, "", 1, 0);
    }

    /** {@code counter}'s sum over {@code per}'s sum, two places (0 when {@code per} is 0). */
    public static PolicyColumn ratio(String header, String counter, String per) {
        return new PolicyColumn(header, counter, per, 1, 2);
    }

    /** A counter of nanoseconds shown in milliseconds, one place. */
    public static PolicyColumn millis(String header, String counter) {
        return new PolicyColumn(header, counter, "", 1_000_000, 1);
    }

    /** The cell for the counters' sums {@code sums}. */
    public String cell(Map<String, Long> sums) {
        long n = sums.getOrDefault(counter, 0L);
        double d = per.isEmpty() ? scale : sums.getOrDefault(per, 0L);
        double v = d == 0 ? 0 : n / d;
        return decimals == 0 && per.isEmpty() && scale == 1 ? String.valueOf(n)
                : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
