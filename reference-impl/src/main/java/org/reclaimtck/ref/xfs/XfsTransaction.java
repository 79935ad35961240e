package org.reclaimtck.ref.xfs;

import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.task.MemallocScope;

/**
 * A running XFS transaction: models {@code struct xfs_trans} with {@code xfs_trans_set_context} /
 * {@code xfs_trans_clear_context} of {@code fs/xfs/xfs_trans.c} (K-FS-5): the journal's reservation plus, unless the
 * variant drops it, a NOFS scope while it runs.
 */
final class XfsTransaction implements Transaction {
    private final Xfs fs;
    private final long structPage;
    private final MemallocScope nofs;
    private Transaction journal;
    private boolean committed;

    XfsTransaction(Xfs fs, long structPage, MemallocScope nofs) {
        this.fs = fs;
        this.structPage = structPage;
        this.nofs = nofs;
    }

    void open(Transaction journalHandle) {
        this.journal = journalHandle;
    }

    Transaction journal() {
        return journal;
    }

    MemallocScope nofs() {
        return nofs;
    }

    long structPage() {
        return structPage;
    }

    @Override
    public SuperBlock superBlock() {
        return journal.superBlock();
    }

    @Override
    public int logUnits() {
        return journal.logUnits();
    }

    @Override
    public void close() {
        if (committed) {
            throw new IllegalStateException(journal + " committed twice");
        }
        committed = true;
        fs.commit(this);
    }

    @Override
    public String toString() {
        return journal.toString();
    }
}
