package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/**
 * The hung-kswapd check: kswapd (the task with {@code PF_KSWAPD}) must never spend longer than a bound of virtual
 * time inside one shrinker's {@code scan_objects}, because every reclaimer then waits behind it (K-SHRINK-5, S11).
 * A run that ends with kswapd still inside a scan counts up to the end of the run.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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
        Scans scans = new Scans(boundNanos);
        TraceModel.walk(result.trace(), scans);
        for (Scan open : scans.open.values()) {
            scans.closed(open, result.statistics().virtualNanos(), true);
        }
        Scan w = scans.worst;
        if (w == null) {
            return Optional.empty();
        }
        return Optional.of(new KswapdStall(w.begin.task(), w.begin.shrinker(), w.begin.control().toString(),
                scans.worstNanos, scans.stillThere, w.shown, Math.max(0, w.waits - SHOWN_WAITS)));
    }

    /** One kswapd scan: its begin, how many waits it had, and the first waits as the model showed them then. */
    private static final class Scan {
        final TraceEvent.ShrinkerScanBegin begin;
        final List<WaitEdge> shown = new ArrayList<>();
        int waits;

        Scan(TraceEvent.ShrinkerScanBegin begin) {
            this.begin = begin;
        }
    }

    /** Follows every kswapd's outermost scan; keeps the longest over the bound. */
    private static final class Scans implements TraceVisitor {
        final Map<String, Scan> open = new HashMap<>();
        Scan worst;
        long worstNanos;
        boolean stillThere;

        Scans(long boundNanos) {
            this.worstNanos = boundNanos;
        }

        @Override
        public void after(int position, TraceEvent e, TraceModel model) {
            if (e instanceof TraceEvent.TaskSpawned) {
                return;
            }
            TaskModel t = model.taskOf(e);
            if (!t.kswapd()) {
                return;
            }
            Scan s = open.get(t.comm());
            if (e instanceof TraceEvent.ShrinkerScanBegin b) {
                open.put(t.comm(), new Scan(b));
            } else if (e instanceof TraceEvent.WaitBegin && s != null) {
                if (s.shown.size() < SHOWN_WAITS) {
                    model.waitEdge(t.comm()).ifPresent(w -> s.shown.add(inScan(w, s.begin)));
                }
                s.waits++;
            } else if (e instanceof TraceEvent.ShrinkerScanEnd && s != null) {
                open.remove(t.comm());
                closed(s, e.time(), false);
            }
        }

        void closed(Scan s, long end, boolean running) {
            long spent = end - s.begin.time();
            if (spent > worstNanos) {
                worstNanos = spent;
                worst = s;
                stillThere = running;
            }
        }

        /** The wait as the trace shows it then: kswapd's context in the scan, what it held, who wakes it. */
        private static WaitEdge inScan(WaitEdge e, TraceEvent.ShrinkerScanBegin scan) {
            String where = "in " + scan.shrinker() + " scan_objects gfp=" + scan.control().gfpMask();
            return new WaitEdge(e.task(), e.context().isEmpty() ? where : e.context() + " " + where, e.held(),
                    e.kind(), e.object(), e.lockClass(), e.waitsFor());
        }
    }
}
