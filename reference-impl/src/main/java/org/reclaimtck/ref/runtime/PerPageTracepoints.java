package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Which trace events are per-page tracepoints ({@code include/trace/events/kmem.h}, {@code writeback.h},
 * {@code block.h}, {@code filemap.h}), those that fire once per page or per folio ({@code mm_page_alloc_request}, {@code might_alloc},
 * {@code mm_page_alloc}, {@code folio_lock} of {@code PG_locked}, {@code ->dirty_folio} and {@code ->read_folio},
 * {@code writeback_dirty_folio}, {@code folio_start_writeback}, {@code folio_end_writeback},
 * {@code mm_filemap_delete_from_page_cache}, {@code block_bio_queue},
 * {@code block_bio_complete} with the bio's completion and its device interrupt): a machine over
 * {@code MachineSpec.PER_PAGE_TRACE_MAX_PAGES} pages leaves them out of its trace, as one enables only the
 * tracepoints one can afford on a large machine; the per-batch ones ({@code mm_vmscan_lru_shrink_inactive},
 * {@code writeback_start}, {@code balance_dirty_pages}, reclaim, OOM, waits, {@code ->writepages}) stay, and the kernel
 * traces {@code TraceEvent.Vmstat} counters where a rule needs the per-folio state (docs/model.md).
 */
final class PerPageTracepoints {
    private PerPageTracepoints() {
    }

    static boolean isPerPage(TraceEvent e) {
        if (e instanceof TraceEvent.AllocRequested || e instanceof TraceEvent.AllocMightReclaim
                || e instanceof TraceEvent.AllocReturned
                || e instanceof TraceEvent.WritebackDirtyFolio || e instanceof TraceEvent.WritebackStart
                || e instanceof TraceEvent.WritebackEnd || e instanceof TraceEvent.FilemapDelete
                || e instanceof TraceEvent.BioSubmitted || e instanceof TraceEvent.BioCompleted) {
            return true;
        }
        if (e instanceof TraceEvent.LockAcquired l) {
            return l.lockClass().equals("PG_locked");
        }
        if (e instanceof TraceEvent.LockReleased l) {
            return l.lockClass().equals("PG_locked");
        }
        if (e instanceof TraceEvent.FsEnter f) {
            return perFolioOperation(f.operation());
        }
        if (e instanceof TraceEvent.FsLeave f) {
            return perFolioOperation(f.operation());
        }
        if (e instanceof TraceEvent.CompletionDone c) {
            return c.lockClass() != null && c.lockClass().startsWith("bio:");
        }
        return e instanceof TraceEvent.TimerFired t && t.timer().contains(" bio #");
    }

    private static boolean perFolioOperation(String op) {
        return op.equals("dirty_folio") || op.equals("read_folio");
    }
}
