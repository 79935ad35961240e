package org.reclaimtck.tck.oracles;

import java.util.List;
import org.apiguardian.api.API;

/** The latency rules' percentile: nearest rank over the sorted sample, as {@code perf} and the FP/SHRINK bounds read it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public final class Percentiles {
    private Percentiles() {
    }

    /** The 99th percentile of {@code sorted} (ascending, not empty): the value at rank ceil(0.99 n). */
    public static long p99(List<Long> sorted) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1));
    }
}
