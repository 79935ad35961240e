package org.reclaimtck.tck.report.shard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * {@code reclaimtck.shard=i/n}: this run takes shard {@code i} of {@code n} of the (case, seed) pairs. The split is a
 * function of the case's id and the seed only, so every runner agrees on it without talking to the others: a case's
 * seeds are dealt round the shards in turn, starting at a shard picked by the case id, so each shard gets an equal
 * share of every case (within one seed) and the n shards together run each pair exactly once.
 *
 * @param index 1..count
 * @param count the number of shards, at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Shard(int index, int count) {
    private static final Pattern SPEC = Pattern.compile("([0-9]{1,4})/([0-9]{1,4})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is out of range (expected i/n with"
                    + " 1 <= i <= n)");
        }
    }

    /** The whole run: shard 1 of 1. */
    public static Shard all() {
        return new Shard(1, 1);
    }

    /**
     * {@code 2/4}.
     *
     * @throws IllegalArgumentException saying what is wrong, in one line
     */
    public static Shard parse(String value) {
        Matcher m = SPEC.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a shard (expected i/n, e.g. 2/4)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** True if this shard runs seed {@code seed} of case {@code caseId} ({@code suite/id}). */
    public boolean includes(String caseId, long seed) {
        long start = Integer.toUnsignedLong(caseId.hashCode()) % count;
        return Math.floorMod(seed - 1 + start, (long) count) == index - 1;
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
