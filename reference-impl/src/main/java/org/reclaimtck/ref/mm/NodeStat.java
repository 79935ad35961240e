package org.reclaimtck.ref.mm;

import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The node's page counters reclaim and writeback read: models {@code pglist_data.vm_stat} ({@code mm/vmstat.c},
 * {@code enum node_stat_item}): {@code NR_FILE_DIRTY}, {@code NR_WRITEBACK}, {@code NR_ISOLATED_ANON/FILE},
 * {@code NR_THROTTLED_WRITTEN} and {@code NR_VMSCAN_IMMEDIATE}. One node (nid 0).
 */
public final class NodeStat {
    /** {@code NR_FILE_DIRTY}. */
    public long fileDirty;
    /** {@code NR_WRITEBACK}. */
    public long writeback;
    /** {@code NR_ISOLATED_FILE}. */
    public long isolatedFile;
    /** {@code NR_ISOLATED_ANON}. */
    public long isolatedAnon;
    /** {@code NR_THROTTLED_WRITTEN}: folios whose writeback ended, counted for WRITEBACK throttling. */
    public long throttledWritten;
    /** {@code NR_VMSCAN_IMMEDIATE}. */
    public long vmscanImmediate;
    /** {@code NR_WRITTEN}: folios whose writeback ended, in all. */
    public long written;
    /** {@code NR_DIRTIED}. */
    public long dirtied;

    /**
     * The node's file counters as {@code TraceEvent.Vmstat}, traced only on a machine without per-page tracepoints
     * (where the trace has no per-folio writeback events to count them from).
     */
    public void traceVmstat(SimRuntime rt) {
        if (!rt.perPageTrace()) {
            rt.trace(new TraceEvent.Vmstat(rt.clock().nanos(), rt.contextComm(), "", fileDirty, writeback, dirtied));
        }
    }

    /** {@code NR_ZONE_WRITE_PENDING}: dirty plus under writeback. */
    public long writePending() {
        return fileDirty + writeback;
    }
}
