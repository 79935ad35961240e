package org.reclaimtck.tck.suites.reclaim;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;

/** One shrinker's {@code scan_objects} calls as the trace shows them: what was asked and whether it stopped. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record ShrinkerScans(List<TraceEvent.ShrinkerScanBegin> begins, List<Boolean> stopped) {
    public static ShrinkerScans of(List<TraceEvent> trace, String shrinker) {
        List<TraceEvent.ShrinkerScanBegin> begins = new ArrayList<>();
        List<Boolean> stopped = new ArrayList<>();
        for (TraceEvent e : trace) {
            if (e instanceof TraceEvent.ShrinkerScanBegin b && b.shrinker().equals(shrinker)) {
                begins.add(b);
                stopped.add(false);
            } else if (e instanceof TraceEvent.ShrinkerScanEnd end && end.shrinker().equals(shrinker)
                    && !begins.isEmpty() && end.freed() < 0) {
                stopped.set(stopped.size() - 1, true);
            }
        }
        return new ShrinkerScans(begins, stopped);
    }

    public int size() {
        return begins.size();
    }

    /** The nr_to_scan of calls {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Long> asks(int from, int to) {
        List<Long> out = new ArrayList<>();
        for (int i = from; i < Math.min(to, begins.size()); i++) {
            out.add(begins.get(i).control().nrToScan());
        }
        return out;
    }

    /** The index, counted from {@code from}, of the first call up to {@code to} that returned SHRINK_STOP; -1 if none. */
    public int stopIn(int from, int to) {
        for (int i = from; i < Math.min(to, begins.size()); i++) {
            if (stopped.get(i)) {
                return i - from;
            }
        }
        return -1;
    }
}
