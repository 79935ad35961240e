package org.reclaimtck.spi.block;

import org.reclaimtck.spi.runtime.Completion;

/** A block I/O request: models {@code struct bio} ({@code include/linux/blk_types.h}). */
public interface Bio {
    long id();

    /** {@code REQ_OP_READ} or {@code REQ_OP_WRITE}, as {@code READ} / {@code WRITE}. */
    String op();

    long sector();

    /** Signalled by {@code bio_endio()}; {@code submit_bio_wait()} waits on it. */
    Completion done();
}
