package org.reclaimtck.spi.block;

/**
 * The block layer's services: models {@code block/bio.c} and {@code block/blk-core.c}. Every submission and completion
 * is traced here ({@code BioSubmitted}, {@code BioCompleted} with the task that ran {@code bio_endio}), and a wait is a
 * traced I/O wait on the bio.
 */
public interface BlockLayer {
    /** {@code blkdev_get_by_path}: a device of the stack by name. */
    BlockDevice device(String name);

    /** {@code bio_alloc}: a bio for {@code device}. */
    Bio bioAlloc(BlockDevice device, BioOp op, long sector);

    /** {@code submit_bio}: traces it and passes it to the device's driver. */
    void submitBio(Bio bio);

    /** {@code submit_bio_wait}: submits and sleeps in an I/O wait until it ends; returns its status. */
    int submitBioWait(Bio bio);

    /** {@code bio_endio}: records the status, traces the completion, runs {@code bi_end_io}, wakes the waiter. */
    void bioEndio(Bio bio, int status);
}
