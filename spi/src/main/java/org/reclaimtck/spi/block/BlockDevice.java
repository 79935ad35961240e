package org.reclaimtck.spi.block;

/** A block device that accepts bios: models {@code struct block_device} and {@code submit_bio()} ({@code block/}). */
public interface BlockDevice {
    /** The device name, e.g. {@code loop0}, {@code dm-0}, {@code vda}. */
    String name();

    /** {@code submit_bio()}: queues the bio; its completion runs {@code bi_end_io}. */
    void submitBio(Bio bio);
}
