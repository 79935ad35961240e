package org.reclaimtck.tck.suites.forward;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * FP-4 on a machine without per-page tracepoints: the {@code vmstat} counters ({@link TraceEvent.Vmstat}) the kernel
 * traces at a {@code sync}'s entry and before its exit. At the exit every folio still dirty or under writeback must have
 * been dirtied after the entry: {@code nr_dirty + nr_writeback} may not exceed the growth of {@code nr_dirtied}. The
 * check is sound (a failure means some folio dirtied before the sync began is not on the disk) but weaker than the
 * per-folio one, which it complements.
 */
final class SyncCounters {
    private final Map<String, TraceEvent.Vmstat> atEntry = new HashMap<>();
    private final Map<String, TraceEvent.Vmstat> last = new HashMap<>();

    /** A {@code vmstat} event; {@code inSync} if its task has a sync of that super block open. */
    void see(TraceEvent.Vmstat v, boolean inSync) {
        if (!inSync || v.superBlock().isEmpty()) {
            return;
        }
        String key = v.task() + " " + v.superBlock();
        atEntry.putIfAbsent(key, v);
        last.put(key, v);
    }

    /** At the {@code sync}'s {@code fs_leave}: the problem, if the counters show one. */
    Optional<String> judge(String task, TraceEvent.FsLeave leave) {
        String key = task + " " + leave.superBlock();
        TraceEvent.Vmstat begin = atEntry.remove(key);
        TraceEvent.Vmstat end = last.remove(key);
        if (begin == null || end == null) {
            return Optional.empty();
        }
        long pending = end.nrDirty() + end.nrWriteback();
        long dirtiedSince = end.nrDirtied() - begin.nrDirtied();
        if (pending <= dirtiedSince) {
            return Optional.empty();
        }
        return Optional.of("sync by " + task + " on " + leave.superBlock() + " returned with " + end.nrDirty()
                + " folios dirty and " + end.nrWriteback() + " under writeback, but only " + dirtiedSince
                + " dirtied since it began: " + (pending - dirtiedSince) + " were dirtied before it began and are not"
                + " on the disk (" + begin.render() + "; " + end.render() + "): " + leave.render());
    }
}
