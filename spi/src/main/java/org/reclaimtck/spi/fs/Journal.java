package org.reclaimtck.spi.fs;

/**
 * A filesystem's log of bounded space: models {@code fs/jbd2/transaction.c} ({@code jbd2_journal_start/stop}) and
 * the log grant heads of {@code fs/xfs/xfs_log.c}. A transaction reserves units, sleeping while the log is full; its
 * units come back only after the log writer has written the commit to the device. The kernel traces each
 * transaction as a held lock of class {@code <label>->log} and each wait for space, and sets
 * {@code current->journal_info}. It does not open a NOFS scope: that is the filesystem's job (K-FS-5).
 */
public interface Journal {
    /** Reserves {@code logUnits}; the returned transaction's {@code close()} commits it. */
    Transaction start(String reason, int logUnits);

    /** Free units now. */
    int freeUnits();

    int capacity();
}
