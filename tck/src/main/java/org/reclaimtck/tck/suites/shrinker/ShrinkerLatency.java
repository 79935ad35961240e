package org.reclaimtck.tck.suites.shrinker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.Percentiles;

/**
 * SHRINK-5 on a trace: per shrinker, the virtual time of each {@code count_objects} call (the latency
 * {@code mm_shrink_slab_count} carries) and of each {@code scan_objects} call ({@code mm_shrink_slab_start} to
 * {@code mm_shrink_slab_end} in one task), in every reclaim context; the 99th percentile of each under its bound and
 * no call over the maximum. A scan still open when the run ends counts up to the end. The callbacks of
 * {@code include/linux/shrinker.h} as {@code do_shrink_slab} ({@code mm/shrinker.c}) calls them (K-SHRINK-1, K-SHRINK-5).
 */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class ShrinkerLatency {
    /** p99 of {@code count_objects}: it must not sleep (a jiffy is 1 ms at HZ=1000). */
    public static final long COUNT_P99_NANOS = 1_000_000L;
    /** p99 of {@code scan_objects}: one SHRINK_BATCH of work, a fraction of a direct reclaim's 50 ms (FP-6). */
    public static final long SCAN_P99_NANOS = 10_000_000L;
    /** Any one call, as SHRINK-2 bounds kswapd's. */
    public static final long MAX_NANOS = 1_000_000_000L;

    private ShrinkerLatency() {
    }

    /** The violations, empty if every shrinker's callbacks are under the bounds. */
    public static List<String> judge(RunResult result) {
        Map<String, List<Long>> counts = new TreeMap<>();
        Map<String, List<Long>> scans = new TreeMap<>();
        Map<String, TraceEvent.ShrinkerScanBegin> open = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.ShrinkerCount c) {
                counts.computeIfAbsent(c.shrinker(), k -> new ArrayList<>()).add(c.latencyNanos());
                over(out, c.latencyNanos(), c.task() + " spent %d ms in " + c.shrinker() + " count_objects ("
                        + c.control().gfpMask() + "): " + c.render());
            } else if (e instanceof TraceEvent.ShrinkerScanBegin b) {
                open.put(e.task() + "/" + b.shrinker(), b);
            } else if (e instanceof TraceEvent.ShrinkerScanEnd end) {
                TraceEvent.ShrinkerScanBegin b = open.remove(e.task() + "/" + end.shrinker());
                if (b != null) {
                    scanned(out, scans, b, end.time(), end.render());
                }
            }
        }
        for (TraceEvent.ShrinkerScanBegin b : open.values()) {
            scanned(out, scans, b, result.statistics().virtualNanos(), "still inside when the run ended");
        }
        percentile(out, counts, "count_objects", COUNT_P99_NANOS);
        percentile(out, scans, "scan_objects", SCAN_P99_NANOS);
        return out;
    }

    private static void scanned(List<String> out, Map<String, List<Long>> scans, TraceEvent.ShrinkerScanBegin b,
                                long end, String how) {
        long d = end - b.time();
        scans.computeIfAbsent(b.shrinker(), k -> new ArrayList<>()).add(d);
        over(out, d, b.task() + " spent %d ms in " + b.shrinker() + " scan_objects (" + b.control().gfpMask()
                + ", nr_to_scan=" + b.control().nrToScan() + "): " + b.render() + " ... " + how);
    }

    private static void over(List<String> out, long nanos, String format) {
        if (nanos > MAX_NANOS) {
            out.add(String.format(Locale.ROOT, format, nanos / 1_000_000) + ", over "
                    + MAX_NANOS / 1_000_000 + " ms");
        }
    }

    private static void percentile(List<String> out, Map<String, List<Long>> calls, String callback, long bound) {
        for (Map.Entry<String, List<Long>> c : calls.entrySet()) {
            List<Long> lat = c.getValue();
            lat.sort(null);
            long p99 = Percentiles.p99(lat);
            if (p99 > bound) {
                out.add(0, "p99 of " + lat.size() + " " + c.getKey() + " " + callback + " calls is " + p99 / 1000
                        + " us, over " + bound / 1000 + " us (max " + lat.get(lat.size() - 1) / 1000 + " us)");
            }
        }
    }
}
