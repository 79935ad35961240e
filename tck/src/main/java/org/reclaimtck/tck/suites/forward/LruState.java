package org.reclaimtck.tck.suites.forward;

import java.util.Map;
import java.util.TreeMap;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The file LRU's state as the kernel traced it: dirty and writeback folios counted from {@code writeback_dirty_folio},
 * {@code folio_start_writeback} and {@code folio_end_writeback} (or read from the node's {@code vmstat} counters on a
 * machine without per-page tracepoints), and the sums of the {@code mm_vmscan_lru_shrink_inactive}
 * counts (dirty, unqueued dirty and writeback, both of which reclaim tags PG_reclaim, congested, immediate, activated)
 * with the last pass, and writeback queued for a flusher that never started with the workqueues' maydays; for FP-5
 * messages.
 */
final class LruState {
    private long dirty;
    private long writeback;
    private long passes;
    private long scanned;
    private long reclaimed;
    private long nrDirty;
    private long nrUnqueuedDirty;
    private long nrWriteback;
    private long nrCongested;
    private long nrImmediate;
    private long nrActivate;
    private TraceEvent.LruShrinkInactive last;
    /** A {@code writeback_queue} no flusher has started ({@code writeback_start}) since, per bdi. */
    private final Map<String, TraceEvent.WritebackQueue> unstarted = new TreeMap<>();
    /** {@code workqueue_mayday} per workqueue: rescued, or a worker creation retried without a rescuer. */
    private final Map<String, long[]> maydays = new TreeMap<>();
    /** A flusher's work ({@code wb_workfn}) queued and not yet executing, by workqueue and work. */
    private final Map<String, TraceEvent.WorkQueued> notRun = new TreeMap<>();

    void see(TraceEvent e) {
        if (e instanceof TraceEvent.WritebackDirtyFolio) {
            dirty++;
        } else if (e instanceof TraceEvent.WritebackStart) {
            dirty = Math.max(0, dirty - 1);
            writeback++;
        } else if (e instanceof TraceEvent.WritebackEnd) {
            writeback = Math.max(0, writeback - 1);
        } else if (e instanceof TraceEvent.WritebackQueue q) {
            unstarted.putIfAbsent(q.bdi(), q);
        } else if (e instanceof TraceEvent.WritebackExec x && x.start()) {
            unstarted.remove(x.bdi());
        } else if (e instanceof TraceEvent.WorkQueued q && q.work().startsWith("wb_workfn")) {
            notRun.putIfAbsent(q.workqueue() + " " + q.work(), q);
        } else if (e instanceof TraceEvent.WorkExecute x && x.start()) {
            notRun.remove(x.workqueue() + " " + x.work());
        } else if (e instanceof TraceEvent.WorkqueueMayday m) {
            maydays.computeIfAbsent(m.workqueue(), k -> new long[2])[m.rescued() ? 0 : 1]++;
        } else if (e instanceof TraceEvent.Vmstat v && v.superBlock().isEmpty()) {
            // a machine without per-page tracepoints traces the node's counters instead
            dirty = v.nrDirty();
            writeback = v.nrWriteback();
        } else if (e instanceof TraceEvent.LruShrinkInactive s) {
            passes++;
            scanned += s.nrScanned();
            reclaimed += s.nrReclaimed();
            nrDirty += s.nrDirty();
            nrUnqueuedDirty += s.nrUnqueuedDirty();
            nrWriteback += s.nrWriteback();
            nrCongested += s.nrCongested();
            nrImmediate += s.nrImmediate();
            nrActivate += s.nrActivateFile() + s.nrActivateAnon();
            last = s;
        }
    }

    /** Dirty plus writeback file folios now. */
    long cleanable() {
        return dirty + writeback;
    }

    String describe() {
        return "while " + dirty + " file folios were dirty and " + writeback + " under writeback (cleanable);"
                + " reclaim had made " + passes + " shrink_inactive passes: nr_scanned=" + scanned + " nr_reclaimed="
                + reclaimed + " nr_dirty=" + nrDirty + " nr_unqueued_dirty=" + nrUnqueuedDirty + " nr_writeback="
                + nrWriteback + " (PG_reclaim set by reclaim on " + (nrUnqueuedDirty + nrWriteback) + " folios)"
                + " nr_congested=" + nrCongested + " nr_immediate=" + nrImmediate + " nr_activate=" + nrActivate
                + (last == null ? "" : "; last pass: " + last.detail()) + flushers();
    }

    /** Writeback queued for the flushers and never started, and the workqueues' maydays (K-WQ-1, K-WQ-2). */
    private String flushers() {
        StringBuilder b = new StringBuilder();
        for (TraceEvent.WritebackQueue q : unstarted.values()) {
            b.append("; no flusher started the writeback queued at ").append(q.render());
        }
        for (TraceEvent.WorkQueued q : notRun.values()) {
            b.append("; work ").append(q.work()).append(" queued on ").append(q.workqueue()).append(" at ")
                    .append(q.render())
                    .append(" has not run: no worker was created for it and no rescuer ran it");
        }
        for (Map.Entry<String, long[]> m : maydays.entrySet()) {
            b.append("; workqueue ").append(m.getKey()).append(": ").append(m.getValue()[0])
                    .append(" mayday(s) run by its rescuer, ").append(m.getValue()[1])
                    .append(" worker creation(s) retried after the cool-down (no rescuer: no WQ_MEM_RECLAIM)");
        }
        return b.toString();
    }
}
