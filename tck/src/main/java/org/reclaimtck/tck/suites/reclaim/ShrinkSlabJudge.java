package org.reclaimtck.tck.suites.reclaim;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;

/**
 * RECLAIM-1 and RECLAIM-2 for one probe shrinker whose objects are never freed, run only by proactive reclaim calls
 * that reclaim nothing: each call runs {@code shrink_slab} once per priority, {@code DEF_PRIORITY} (12) down to 0
 * (K-RECLAIM-3), so the k-th round of a call is at priority 12 - k.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ShrinkSlabJudge {
    static final int DEF_PRIORITY = 12;

    private ShrinkSlabJudge() {
    }

    /** What broke the arithmetic ({@code stopsOnly}: only SHRINK_STOP handling), one line per round. */
    public static List<String> judge(RunResult result, ProbeShrinker probe, boolean stopsOnly) {
        List<String> out = new ArrayList<>();
        ShrinkerScans scans = ShrinkerScans.of(result.trace(), probe.name());
        if (scans.size() != probe.scans()) {
            out.add("the trace shows " + scans.size() + " mm_shrink_slab_start of " + probe.name() + " but its"
                    + " scan_objects was called " + probe.scans() + " times");
            return out;
        }
        List<ProbeShrinker.Count> counts = probe.counts();
        ShrinkSlabModel model = new ShrinkSlabModel();
        int roundInCall = 0;
        boolean afterStop = false;
        for (int r = 0; r < counts.size(); r++) {
            ProbeShrinker.Count c = counts.get(r);
            roundInCall = r > 0 && counts.get(r - 1).call() == c.call() ? roundInCall + 1 : 0;
            int priority = DEF_PRIORITY - roundInCall;
            int end = r + 1 < counts.size() ? counts.get(r + 1).scansBefore() : scans.size();
            int stop = scans.stopIn(c.scansBefore(), end);
            long deferred = model.deferred();
            List<Long> expected = model.round(c.freeable(), priority, probe.seeks(), stop);
            List<Long> asked = scans.asks(c.scansBefore(), end);
            String where = probe.name() + " round " + (r + 1) + " (proactive call " + (c.call() + 1) + ", priority "
                    + priority + ", freeable " + c.freeable() + ", seeks " + probe.seeks() + ", nr_deferred "
                    + deferred + ")";
            if (priority < 0) {
                out.add(probe.name() + ": more than 13 do_shrink_slab calls in proactive call " + (c.call() + 1)
                        + "; do_try_to_free_pages runs priorities 12..0 once each");
                break;
            }
            if (stop >= 0 && c.scansBefore() + stop + 1 < end) {
                out.add(where + ": scan_objects called again after SHRINK_STOP in the same round: nr_to_scan "
                        + asked);
            } else if ((!stopsOnly || afterStop) && !asked.equals(expected)) {
                out.add(where + ": do_shrink_slab asked nr_to_scan " + asked + ", K-SHRINK-2 gives " + expected
                        + (afterStop ? " (the round after a SHRINK_STOP)" : ""));
            }
            afterStop = stop >= 0;
            if (out.size() >= 5) {
                break;
            }
        }
        return out;
    }
}
