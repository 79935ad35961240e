package org.reclaimtck.tck.suites.forward;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.Percentiles;

/**
 * FP-8 on a trace: each kswapd run, from the first {@code mm_vmscan_wakeup_kswapd} while it sleeps to
 * {@code mm_vmscan_kswapd_sleep} (a run still open when the run ends counts up to the end); the 99th percentile under
 * one WRITEBACK throttle (HZ/10) and none over {@code DEF_PRIORITY} of them: the sleeps {@code balance_pgdat} and
 * {@code kswapd} of {@code mm/vmscan.c} may take (K-VMSCAN-11, K-VMSCAN-15).
 */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class KswapdJudge {
    /** p99: one {@code reclaim_throttle(VMSCAN_THROTTLE_WRITEBACK)}, HZ/10. */
    static final long P99_BOUND_NANOS = 100_000_000L;
    /** Any run: {@code DEF_PRIORITY} (12) priorities with one HZ/10 throttle each. */
    static final long MAX_BOUND_NANOS = 1_200_000_000L;

    private KswapdJudge() {
    }

    /** The violations, empty if kswapd's runs are under the bounds. */
    public static List<String> balanceLatency(RunResult result) {
        List<String> out = new ArrayList<>();
        List<Long> lat = new ArrayList<>();
        String[] longest = {"", "0"};
        TraceEvent.KswapdWake woken = null;
        List<TraceEvent> waits = new ArrayList<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.KswapdWake w) {
                if (woken == null) {
                    woken = w;
                    waits.clear();
                }
            } else if (woken != null && e instanceof TraceEvent.WaitBegin b && e.task().startsWith("kswapd") && !b.idle()) {
                waits.add(e);
            } else if (e instanceof TraceEvent.KswapdSleep s && woken != null) {
                ran(out, lat, longest, woken, s.time(), s.render(), waits);
                woken = null;
            }
        }
        if (woken != null) {
            ran(out, lat, longest, woken, result.statistics().virtualNanos(), "still running when the run ended", waits);
        }
        if (!lat.isEmpty()) {
            lat.sort(null);
            long p99 = Percentiles.p99(lat);
            if (p99 > P99_BOUND_NANOS) {
                out.add(0, "p99 of " + lat.size() + " kswapd runs (mm_vmscan_wakeup_kswapd to mm_vmscan_kswapd_sleep) is "
                        + p99 / 1000 + " us, over " + P99_BOUND_NANOS / 1000 + " us (max " + lat.get(lat.size() - 1) / 1000
                        + " us): the longest " + longest[0]);
            }
        }
        return out;
    }

    private static void ran(List<String> out, List<Long> lat, String[] longest, TraceEvent.KswapdWake woken, long end,
                            String how, List<TraceEvent> waits) {
        long d = end - woken.time();
        lat.add(d);
        String run = "kswapd run took " + d / 1_000_000 + " ms from " + woken.render() + " to " + how + "; kswapd slept "
                + waits.size() + " time(s) in it, first: " + waits.stream().limit(3).map(TraceEvent::render).toList();
        if (d > Long.parseLong(longest[1])) {
            longest[0] = run;
            longest[1] = Long.toString(d);
        }
        if (d > MAX_BOUND_NANOS) {
            out.add(run + ", over " + MAX_BOUND_NANOS / 1_000_000 + " ms");
        }
    }
}
