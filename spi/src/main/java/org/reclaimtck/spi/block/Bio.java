package org.reclaimtck.spi.block;

/**
 * A block I/O request: models {@code struct bio} ({@code include/linux/blk_types.h}). Allocated by the block layer
 * ({@code BlockLayer.bioAlloc}), handed to the driver of its device by {@code submit_bio}, finished once by
 * {@code bio_endio}, which runs its {@code bi_end_io} and wakes a {@code submit_bio_wait} sleeper.
 */
public interface Bio {
    /** Unique within one kernel, in allocation order: {@code #7}. */
    long id();

    BioOp op();

    /** {@code bi_bdev}. */
    BlockDevice device();

    /** {@code bi_iter.bi_sector}. */
    long sector();

    /** {@code bio_sectors()}: the length of the I/O from {@link #sector()}; 1 for a bio of {@code bio_alloc}. */
    int sectors();

    /** The set this bio's memory came from ({@code bi_pool}), or {@code null} for a bio of {@code bio_alloc}. */
    Bioset bioset();

    /** {@code bi_status}: 0, or a negative errno once ended with an error. */
    int status();

    /** True once {@code bio_endio} ran. */
    boolean ended();

    /** {@code bi_end_io}: runs in the context that calls {@code bio_endio}, which must not sleep in it. */
    void setEndIo(BioEndIo endIo);

    /** {@code bi_private}: the driver's data, e.g. the bio it was cloned for. */
    void setPrivate(Object data);

    Object getPrivate();
}
