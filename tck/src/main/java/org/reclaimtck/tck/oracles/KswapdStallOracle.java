package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The hung-kswapd check: kswapd ({@code kswapd<nid>}) must never spend longer than a bound of virtual time
 * inside one shrinker's {@code scan_objects}, because every reclaimer then waits behind it (K-SHRINK-5, S11).
 * A run that ends with kswapd still inside a scan counts up to the end of the run.
 */
public final class KswapdStallOracle {
    private KswapdStallOracle() {
    }

    /** The longest scan over the bound, described with the waits inside it; empty if none. */
    public static Optional<String> judge(RunResult result, long boundNanos) {
        TraceEvent.ShrinkerScanBegin open = null;
        List<String> waits = new ArrayList<>();
        String worst = null;
        long worstNanos = boundNanos;
        for (TraceEvent e : result.trace()) {
            if (!RecursionScopeOracle.isKswapd(e.task())) {
                continue;
            }
            if (e instanceof TraceEvent.ShrinkerScanBegin) {
                open = (TraceEvent.ShrinkerScanBegin) e;
                waits.clear();
            } else if (e instanceof TraceEvent.WaitBegin && open != null) {
                TraceEvent.WaitBegin w = (TraceEvent.WaitBegin) e;
                if (waits.size() < 3) {
                    waits.add(w.kind().label() + " " + w.object() + (w.holders().isEmpty() ? ""
                            : (w.isLock() ? " held by " : " signalled by ") + String.join(", ", w.holders())));
                } else if (waits.size() == 3) {
                    waits.add("...");
                }
            } else if (e instanceof TraceEvent.ShrinkerScanEnd && open != null) {
                long spent = e.time() - open.time();
                if (spent > worstNanos) {
                    worstNanos = spent;
                    worst = describe(open, spent, waits, false);
                }
                open = null;
            }
        }
        if (open != null) {
            long spent = result.statistics().virtualNanos() - open.time();
            if (spent > worstNanos) {
                worst = describe(open, spent, waits, true);
            }
        }
        return Optional.ofNullable(worst);
    }

    private static String describe(TraceEvent.ShrinkerScanBegin scan, long nanos, List<String> waits, boolean open) {
        return String.format(Locale.ROOT, "%s spent %.3f s in %s scan_objects(%s)%s", scan.task(), nanos / 1e9,
                scan.shrinker(), scan.control(), open ? " and was still there when the run ended" : "")
                + (waits.isEmpty() ? "" : "; it waited for " + String.join(", then ", waits));
    }
}
