package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.model.HeldLock;
import org.reclaimtck.tck.oracles.model.ReclaimContext;
import org.reclaimtck.tck.oracles.model.TaskModel;

/**
 * What the dependency oracle adds to the shared {@link TaskModel} of one task: a log of every class it acquired or
 * waited for (for completions and bios that depend on what their completer does before {@code complete()} /
 * {@code bio_endio()}), its work boundaries and a pending lock acquisition. Its held locks (lockdep's
 * {@code held_locks}) and reclaim contexts are the model's.
 */
final class TaskDeps {
    /** One acquisition or wait, at a trace position. */
    record Acquired(int position, String cls, TraceEvent event) {
    }

    final String comm;
    private final List<Acquired> log = new ArrayList<>();
    /** Acquisitions after this position count towards the task's next {@code complete()}. */
    int boundary = -1;
    /** The lock class of a blocking lock wait whose acquisition is still to come, so it is not counted twice. */
    String pendingAcquire;
    final Map<String, Integer> lastCompletion = new HashMap<>();

    TaskDeps(String comm) {
        this.comm = comm;
    }

    /** The pseudo-lock a reclaim context with {@code gfp} holds: fs_reclaim with __GFP_FS, else io_reclaim with __GFP_IO. */
    static String reclaimClass(Gfp gfp) {
        return gfp.allowsFs() ? DependencyGraph.FS_RECLAIM : gfp.allowsIo() ? DependencyGraph.IO_RECLAIM : null;
    }

    /** Classes {@code task} holds now, in order (locks, then reclaim pseudo-locks), each with the event that took it. */
    static Map<String, TraceEvent> heldClasses(TaskModel task) {
        Map<String, TraceEvent> out = new LinkedHashMap<>();
        for (HeldLock h : task.held()) {
            out.putIfAbsent(h.cls(), h.at());
        }
        for (ReclaimContext r : task.reclaim()) {
            String cls = reclaimClass(r.gfp());
            if (cls != null) {
                out.putIfAbsent(cls, r.begin());
            }
        }
        if (task.kswapd()) {
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
}
