package org.reclaimtck.spi.fs;

/**
 * A running transaction holding log space: models {@code struct xfs_trans} / {@code handle_t}. The journal service
 * ({@link Journal#start}) reserves the space and sets {@code current->journal_info}; a filesystem that follows
 * K-FS-5 also opens a NOFS scope around it ({@code xfs_trans_set_context}), which the journal does not.
 * {@link #close()} commits it and restores what opening it set.
 */
public interface Transaction extends AutoCloseable {
    SuperBlock superBlock();

    /** Log units reserved. */
    int logUnits();

    /** Commits: the reservation is released once the log writer has written it to the device. */
    @Override
    void close();
}
