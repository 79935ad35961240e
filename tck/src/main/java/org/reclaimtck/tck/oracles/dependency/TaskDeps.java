package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * What the dependency oracle knows of one task: models lockdep's per-task {@code held_locks} plus the reclaim
 * contexts it is in, and a log of every class it acquired or waited for (for completions and bios that depend on
 * what their completer does before {@code complete()} / {@code bio_endio()}).
 */
final class TaskDeps {
    /** A held lock: its object, class, whether read-held, and the event that took it. */
    record Held(String object, String cls, boolean read, TraceEvent at) {
    }

    /** A reclaim context: the pseudo-lock it holds ({@code null} for none) and the event that entered it. */
    record Reclaim(String cls, TraceEvent at) {
    }

    /** One acquisition or wait, at a trace position. */
    record Acquired(int position, String cls, TraceEvent event) {
    }

    final String comm;
    final boolean kswapd;
    final List<Held> held = new ArrayList<>();
    final List<Reclaim> reclaim = new ArrayList<>();
    private final List<Acquired> log = new ArrayList<>();
    /** Acquisitions after this position count towards the task's next {@code complete()}. */
    int boundary = -1;
    /** The lock class of a blocking lock wait whose acquisition is still to come, so it is not counted twice. */
    String pendingAcquire;
    final Map<String, Integer> lastCompletion = new HashMap<>();

    TaskDeps(String comm) {
        this.comm = comm;
        this.kswapd = comm.startsWith("kswapd");
    }

    /** Classes held now, in order (locks, then reclaim pseudo-locks), each with the event that took it. */
    Map<String, TraceEvent> heldClasses() {
        Map<String, TraceEvent> out = new LinkedHashMap<>();
        for (Held h : held) {
            out.putIfAbsent(h.cls(), h.at());
        }
        for (Reclaim r : reclaim) {
            if (r.cls() != null) {
                out.putIfAbsent(r.cls(), r.at());
            }
        }
        if (kswapd) {
            // balance_pgdat runs under fs_reclaim for all of kswapd's work (K-LOCKDEP-3)
            out.putIfAbsent(DependencyGraph.FS_RECLAIM, null);
        }
        return out;
    }

    void log(int position, String cls, TraceEvent event) {
        log.add(new Acquired(position, cls, event));
    }

    /** Acquisitions at positions after {@code start}, oldest first. */
    List<Acquired> since(int start) {
        int lo = 0;
        int hi = log.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (log.get(mid).position() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return log.subList(lo, log.size());
    }

    void release(String object) {
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i).object().equals(object)) {
                held.remove(i);
                return;
            }
        }
    }

    void popReclaim() {
        if (!reclaim.isEmpty()) {
            reclaim.remove(reclaim.size() - 1);
        }
    }
}
