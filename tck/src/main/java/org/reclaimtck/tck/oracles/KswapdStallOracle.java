package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The hung-kswapd check: kswapd ({@code kswapd<nid>}) must never spend longer than a bound of virtual time
 * inside one shrinker's {@code scan_objects}, because every reclaimer then waits behind it (K-SHRINK-5, S11).
 * A run that ends with kswapd still inside a scan counts up to the end of the run.
 */
public final class KswapdStallOracle {
    /** Waits of the stalled call shown as wait edges; the rest are counted. */
    static final int SHOWN_WAITS = 3;

    private KswapdStallOracle() {
    }

    /** The longest scan over the bound, described with the waits inside it; empty if none. */
    public static Optional<String> judge(RunResult result, long boundNanos) {
        return find(result, boundNanos).map(KswapdStall::describe);
    }

    /** The longest scan over the bound, with kswapd's waits inside it as wait edges; empty if none. */
    public static Optional<KswapdStall> find(RunResult result, long boundNanos) {
        List<TraceEvent> trace = result.trace();
        TraceEvent.ShrinkerScanBegin open = null;
        List<Integer> waits = new ArrayList<>();
        TraceEvent.ShrinkerScanBegin worst = null;
        List<Integer> worstWaits = List.of();
        long worstNanos = boundNanos;
        boolean stillThere = false;
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            if (!RecursionScopeOracle.isKswapd(e.task())) {
                continue;
            }
            if (e instanceof TraceEvent.ShrinkerScanBegin b) {
                open = b;
                waits = new ArrayList<>();
            } else if (e instanceof TraceEvent.WaitBegin && open != null) {
                waits.add(i);
            } else if (e instanceof TraceEvent.ShrinkerScanEnd && open != null) {
                long spent = e.time() - open.time();
                if (spent > worstNanos) {
                    worstNanos = spent;
                    worst = open;
                    worstWaits = waits;
                }
                open = null;
            }
        }
        if (open != null && result.statistics().virtualNanos() - open.time() > worstNanos) {
            worstNanos = result.statistics().virtualNanos() - open.time();
            worst = open;
            worstWaits = waits;
            stillThere = true;
        }
        if (worst == null) {
            return Optional.empty();
        }
        return Optional.of(new KswapdStall(worst.task(), worst.shrinker(), worst.control().toString(), worstNanos,
                stillThere, edges(trace, worst, worstWaits), Math.max(0, worstWaits.size() - SHOWN_WAITS)));
    }

    /** The first waits, each as the trace shows it then: kswapd's context in the scan, what it held, who wakes it. */
    private static List<WaitEdge> edges(List<TraceEvent> trace, TraceEvent.ShrinkerScanBegin scan, List<Integer> at) {
        List<WaitEdge> out = new ArrayList<>();
        String where = "in " + scan.shrinker() + " scan_objects gfp=" + scan.control().gfpMask();
        for (int i : at.subList(0, Math.min(SHOWN_WAITS, at.size()))) {
            WaitForState.replay(trace.subList(0, i + 1)).waitOf(scan.task()).ifPresent(e -> out.add(new WaitEdge(
                    e.task(), e.context().isEmpty() ? where : e.context() + " " + where, e.held(), e.kind(),
                    e.object(), e.lockClass(), e.waitsFor())));
        }
        return out;
    }
}
