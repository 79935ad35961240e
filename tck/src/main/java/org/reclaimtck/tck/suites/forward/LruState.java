package org.reclaimtck.tck.suites.forward;

import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The file LRU's state as the kernel traced it: dirty and writeback folios counted from {@code writeback_dirty_folio},
 * {@code folio_start_writeback} and {@code folio_end_writeback} (or read from the node's {@code vmstat} counters on a
 * machine without per-page tracepoints), and the sums of the {@code mm_vmscan_lru_shrink_inactive}
 * counts (dirty, unqueued dirty and writeback, both of which reclaim tags PG_reclaim, congested, immediate, activated)
 * with the last pass; for FP-5 messages.
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

    void see(TraceEvent e) {
        if (e instanceof TraceEvent.WritebackDirtyFolio) {
            dirty++;
        } else if (e instanceof TraceEvent.WritebackStart) {
            dirty = Math.max(0, dirty - 1);
            writeback++;
        } else if (e instanceof TraceEvent.WritebackEnd) {
            writeback = Math.max(0, writeback - 1);
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
                + (last == null ? "" : "; last pass: " + last.detail());
    }
}
