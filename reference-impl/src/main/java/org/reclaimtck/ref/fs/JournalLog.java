package org.reclaimtck.ref.fs;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.block.BlockDev;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * Bounded log space: models the log grant heads of {@code fs/xfs/xfs_log.c} (and jbd2's journal space).
 * A transaction reserves units, sleeping while the log is full; committed units are freed only when the
 * log writer ({@code xfsaild/<label>}) has written them to the device. Who can free space: the tasks in
 * open transactions and, while it has committed work, the log writer.
 */
final class JournalLog {
    private final SimRuntime rt;
    private final String label;
    private final BlockDev device;
    private final int capacity;
    private final WaitQueue space;
    private final WaitQueue committedWork;
    private final List<JournalTransaction> open = new ArrayList<>();
    private int free;
    private int committed;
    private long logSector;
    private Kthread writer;

    JournalLog(SimRuntime rt, String label, BlockDev device, int capacity) {
        this.rt = rt;
        this.label = label;
        this.device = device;
        this.capacity = capacity;
        this.free = capacity;
        this.space = rt.waitQueue("on " + label, WaitKind.LOG_SPACE, lockClass(label));
        this.committedWork = rt.waitQueue(label + " log push");
        this.space.wokenBy(this::spaceHolders);
    }

    /** The lock class of a filesystem's transactions and of its log-space waits, e.g. {@code A->log}. */
    static String lockClass(String label) {
        return label + "->log";
    }

    void start() {
        writer = rt.kthreadRun("xfsaild/" + label, this::writerLoop);
    }

    /** {@code xfs_log_reserve}: sleeps while the log is full. */
    void reserve(JournalTransaction t) {
        if (t.logUnits() > capacity) {
            throw new IllegalArgumentException("transaction needs " + t.logUnits() + " log units, the log of " + label
                    + " has " + capacity);
        }
        space.waitEvent(() -> free >= t.logUnits());
        free -= t.logUnits();
        open.add(t);
    }

    /** {@code xfs_log_commit_cil}: the reservation waits for the log writer before it is free again. */
    void commit(JournalTransaction t) {
        open.remove(t);
        committed += t.logUnits();
        committedWork.wakeUpAll();
    }

    private void writerLoop() {
        while (!rt.kthreadShouldStop()) {
            committedWork.waitEventIdle(() -> committed > 0 || rt.kthreadShouldStop());
            int units = committed;
            if (units == 0) {
                continue;
            }
            committed = 0;
            device.submitBioWait(BioOp.WRITE, logSector++ % 64);
            free += units;
            space.wakeUpAll();
        }
    }

    private List<Task> spaceHolders() {
        List<Task> holders = new ArrayList<>();
        for (JournalTransaction t : open) {
            holders.add(t.owner());
        }
        if (committed > 0 && writer != null) {
            holders.add(writer.task());
        }
        return holders;
    }

    int free() {
        return free;
    }
}
