package org.reclaimtck.spi.block;

/** A block device that accepts bios: models {@code struct block_device} and {@code submit_bio()} ({@code block/}). */
public interface BlockDevice {
    /** The device name, e.g. {@code loop0}, {@code dm-0}, {@code vda}. */
    String name();

    /** {@code submit_bio_wait()}: submits a one-block bio and sleeps (in I/O wait) until it completes; 0 on success. */
    int submitBioWait(BioOp op, long sector);
}
