package org.reclaimtck.ref.journal;

import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;

/**
 * A running journal transaction: models jbd2's {@code handle_t} ({@code fs/jbd2/transaction.c}): log units
 * reserved, {@code current->journal_info} while it runs; {@link #close()} is {@code jbd2_journal_stop}.
 */
final class JournalHandle implements Transaction {
    private final JournalLog log;
    private final SimTask owner;
    private final String reason;
    private final int logUnits;
    private final Object outerJournalInfo;
    private boolean committed;

    JournalHandle(JournalLog log, SimTask owner, String reason, int logUnits, Object outerJournalInfo) {
        this.log = log;
        this.owner = owner;
        this.reason = reason;
        this.logUnits = logUnits;
        this.outerJournalInfo = outerJournalInfo;
    }

    @Override
    public SuperBlock superBlock() {
        return log.superBlock();
    }

    @Override
    public int logUnits() {
        return logUnits;
    }

    SimTask owner() {
        return owner;
    }

    Object outerJournalInfo() {
        return outerJournalInfo;
    }

    @Override
    public void close() {
        if (committed) {
            throw new IllegalStateException(this + " committed twice");
        }
        committed = true;
        log.stop(this);
    }

    @Override
    public String toString() {
        return "transaction '" + reason + "' on " + log.label() + " (" + logUnits + " log units)";
    }
}
