package org.reclaimtck.ref.journal;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.Journal;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * The journal service, bounded log space: models {@code fs/jbd2/transaction.c} and the log grant heads of
 * {@code fs/xfs/xfs_log.c}.
 * A transaction reserves units, sleeping while the log is full; committed units are freed only when the
 * log writer (e.g. {@code xfsaild/<label>}) has written them to the device. Who can free space: the tasks in
 * open transactions and, while it has committed work, the log writer.
 */
public final class JournalLog implements Journal {
    private final SimRuntime rt;
    private final String label;
    private final BlockDevice device;
    private final SuperBlock sb;
    private final int capacity;
    private final WaitQueue space;
    private final WaitQueue committedWork;
    private final List<JournalHandle> open = new ArrayList<>();
    private int free;
    private int committed;
    private long logSector;
    private final Kthread writer;

    public JournalLog(SimRuntime rt, SuperBlock sb, BlockDevice device, int capacity, String logWriter) {
        if (capacity <= 0) {
            throw new IllegalArgumentException(sb.id() + ": a journal needs log space, got " + capacity + " units");
        }
        this.rt = rt;
        this.sb = sb;
        this.label = sb.id();
        this.device = device;
        this.capacity = capacity;
        this.free = capacity;
        this.space = rt.waitQueue("on " + label, WaitKind.LOG_SPACE, lockClass(label));
        this.committedWork = rt.waitQueue(label + " log push");
        this.space.wokenBy(this::spaceHolders);
        this.writer = rt.kthreadRun(logWriter, this::writerLoop);
    }

    /** The lock class of a filesystem's transactions and of its log-space waits, e.g. {@code A->log}. */
    public static String lockClass(String label) {
        return label + "->log";
    }

    /**
     * {@code jbd2_journal_start}: sets {@code current->journal_info}, reserves log space (sleeping while the log is
     * full) and traces the transaction as a held lock of class {@code <label>->log}.
     */
    @Override
    public Transaction start(String reason, int logUnits) {
        SimTask me = rt.current();
        JournalHandle t = new JournalHandle(this, me, reason, logUnits, me.journalInfo());
        me.setJournalInfo(t);
        reserve(t);
        rt.lockAcquired(t, LockKind.TRANSACTION, "'" + reason + "' on " + label, lockClass(label));
        return t;
    }

    /** {@code jbd2_journal_stop}: by its owner; the units return once the log writer has written the commit. */
    void stop(JournalHandle t) {
        SimTask me = rt.current();
        if (t.owner() != me) {
            throw new IllegalStateException(t + " committed by " + me + ", not by its owner " + t.owner());
        }
        commit(t);
        rt.lockReleased(t);
        me.setJournalInfo(t.outerJournalInfo());
    }

    SuperBlock superBlock() {
        return sb;
    }

    String label() {
        return label;
    }

    /** {@code xfs_log_reserve}: sleeps while the log is full. */
    private void reserve(JournalHandle t) {
        if (t.logUnits() > capacity) {
            throw new IllegalArgumentException("transaction needs " + t.logUnits() + " log units, the log of " + label
                    + " has " + capacity);
        }
        space.waitEvent(() -> free >= t.logUnits());
        free -= t.logUnits();
        open.add(t);
    }

    /** {@code xfs_log_commit_cil}: the reservation waits for the log writer before it is free again. */
    private void commit(JournalHandle t) {
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
        for (JournalHandle t : open) {
            holders.add(t.owner());
        }
        if (committed > 0) {
            holders.add(writer.task());
        }
        return holders;
    }

    @Override
    public int freeUnits() {
        return free;
    }

    @Override
    public int capacity() {
        return capacity;
    }
}
