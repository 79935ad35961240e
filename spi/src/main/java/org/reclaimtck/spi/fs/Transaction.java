package org.reclaimtck.spi.fs;

/**
 * A running transaction holding log space: models {@code struct xfs_trans} / {@code handle_t}. Opening one
 * sets {@code current->journal_info} and (unless the variant says otherwise) a NOFS scope (K-FS-5);
 * {@link #close()} commits it and restores both.
 */
public interface Transaction extends AutoCloseable {
    SuperBlock superBlock();

    /** Log units reserved. */
    int logUnits();

    /** Commits: the reservation is released once the log writer has written it to the device. */
    @Override
    void close();
}
