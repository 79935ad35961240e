package org.reclaimtck.ref.writeback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.runtime.Work;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The flusher of one backing device: models {@code struct bdi_writeback} with {@code wb_workfn},
 * {@code wb_do_writeback}, {@code wb_check_start_all}, {@code wb_check_background_flush},
 * {@code wb_start_writeback} and {@code wb_start_background_writeback} of {@code fs/fs-writeback.c}: a work item on
 * {@code bdi_wq}; a request to write everything is deduplicated while pending ({@code WB_start_all}); background
 * writeback runs while NR_FILE_DIRTY is over the background threshold, {@code MAX_WRITEBACK_PAGES} at a time (K-WB-1).
 */
final class BdiWriteback {
    static final long MAX_WRITEBACK_PAGES = 1024;

    private final SimRuntime rt;
    private final String name;
    private final Supplier<Workqueue> bdiWq;
    private final Supplier<DirtyLimits> limits;
    private final Supplier<Long> nrFileDirty;
    private final List<WritebackTarget> targets = new ArrayList<>();
    private Work work;
    private boolean startAll;
    private String startAllReason;
    private boolean background;
    private boolean running;

    BdiWriteback(SimRuntime rt, String name, Supplier<Workqueue> bdiWq, Supplier<DirtyLimits> limits,
                 Supplier<Long> nrFileDirty) {
        this.rt = rt;
        this.name = name;
        this.bdiWq = bdiWq;
        this.limits = limits;
        this.nrFileDirty = nrFileDirty;
    }

    String name() {
        return name;
    }

    void addTarget(WritebackTarget t) {
        targets.add(t);
    }

    List<WritebackTarget> targets() {
        return targets;
    }

    /** {@code wb_has_dirty_io}. */
    boolean hasDirtyIo() {
        for (WritebackTarget t : targets) {
            if (t.nrDirty() > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code writeback_in_progress}: the flusher's work is queued or running. */
    boolean inProgress() {
        return running || (work != null && work.pending());
    }

    /** {@code wb_start_writeback}: write every dirty folio; a second request while one is pending is dropped. */
    void startWriteback(String reason) {
        if (startAll) {
            return;
        }
        startAll = true;
        startAllReason = reason;
        rt.trace(new TraceEvent.WritebackQueue(rt.clock().nanos(), rt.contextComm(), name, dirty(), false, reason));
        wakeup();
    }

    /** {@code wb_start_background_writeback}. */
    void startBackground() {
        background = true;
        wakeup();
    }

    private void wakeup() {
        if (work == null) {
            work = rt.initWork("wb_workfn " + name, this::workfn);
        }
        bdiWq.get().queueWork(work);
    }

    /** {@code wb_workfn} → {@code wb_do_writeback}: the queued requests, then background writeback. */
    private void workfn() {
        running = true;
        try {
            while (startAll) {
                String reason = startAllReason;
                startAll = false;
                writeback(dirty(), false, reason);
            }
            if (background || overBgroundThresh()) {
                background = false;
                while (overBgroundThresh()) {
                    if (writeback(MAX_WRITEBACK_PAGES, true, "background") == 0) {
                        break;
                    }
                }
            }
        } finally {
            running = false;
        }
    }

    /** {@code wb_over_bg_thresh}. */
    private boolean overBgroundThresh() {
        return nrFileDirty.get() > limits.get().bgThresh();
    }

    /** {@code wb_writeback}: {@code writeback_sb_inodes} over this device's super blocks. */
    private long writeback(long nrPages, boolean bg, String reason) {
        rt.trace(new TraceEvent.WritebackExec(rt.clock().nanos(), rt.contextComm(), name, nrPages, bg, reason, true));
        long written = 0;
        for (WritebackTarget t : targets) {
            if (written >= nrPages) {
                break;
            }
            written += t.writebackInodes(nrPages - written, reason);
        }
        rt.trace(new TraceEvent.WritebackExec(rt.clock().nanos(), rt.contextComm(), name, written, bg, reason, false));
        return written;
    }

    private long dirty() {
        long n = 0;
        for (WritebackTarget t : targets) {
            n += t.nrDirty();
        }
        return n;
    }
}
