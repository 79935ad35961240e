package org.reclaimtck.ref.fs;

import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.task.MemallocScope;

/**
 * A running transaction: models {@code struct xfs_trans} with {@code xfs_trans_set_context} /
 * {@code xfs_trans_clear_context} of {@code fs/xfs/xfs_trans.c} (K-FS-5): NOFS scope and
 * {@code current->journal_info} while it runs.
 */
final class JournalTransaction implements Transaction {
    private final JournalFs fs;
    private final SimTask owner;
    private final String reason;
    private final int logUnits;
    long structPage;
    MemallocScope nofs;
    Object outerJournalInfo;
    boolean reserved;
    private boolean committed;

    JournalTransaction(JournalFs fs, SimTask owner, String reason, int logUnits) {
        this.fs = fs;
        this.owner = owner;
        this.reason = reason;
        this.logUnits = logUnits;
    }

    @Override
    public SuperBlock superBlock() {
        return fs;
    }

    @Override
    public int logUnits() {
        return logUnits;
    }

    SimTask owner() {
        return owner;
    }

    @Override
    public void close() {
        if (committed) {
            throw new IllegalStateException(this + " committed twice");
        }
        committed = true;
        fs.commit(this);
    }

    @Override
    public String toString() {
        return "transaction '" + reason + "' on " + fs.id() + " (" + logUnits + " log units)";
    }
}
