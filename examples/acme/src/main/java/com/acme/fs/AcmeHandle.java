package com.acme.fs;

import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.task.MemallocScope;

/**
 * A running acmefs handle: models {@code handle_t} of {@code fs/jbd2/transaction.c}: the journal's reservation and,
 * unless the variant drops it, the NOFS scope {@code start_this_handle} saves in {@code handle->saved_alloc_context}
 * and {@code jbd2_journal_stop} restores.
 */
final class AcmeHandle implements Transaction {
    private final Transaction journal;
    private final MemallocScope nofs;
    private boolean stopped;

    AcmeHandle(Transaction journal, MemallocScope nofs) {
        this.journal = journal;
        this.nofs = nofs;
    }

    @Override
    public SuperBlock superBlock() {
        return journal.superBlock();
    }

    @Override
    public int logUnits() {
        return journal.logUnits();
    }

    /** {@code jbd2_journal_stop}: commits the reservation, then {@code memalloc_nofs_restore}. */
    @Override
    public void close() {
        if (stopped) {
            throw new IllegalStateException("jbd2_journal_stop of " + journal + " twice");
        }
        stopped = true;
        journal.close();
        if (nofs != null) {
            nofs.close();
        }
    }

    @Override
    public String toString() {
        return journal.toString();
    }
}
