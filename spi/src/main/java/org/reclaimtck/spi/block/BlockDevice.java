package org.reclaimtck.spi.block;

/** A block device that accepts bios: models {@code struct block_device} and {@code submit_bio()} ({@code block/}). */
public interface BlockDevice {
    /** The device name, e.g. {@code loop0}, {@code dm-0}, {@code vda}. */
    String name();

    /** {@code submit_bio_wait()}: submits a one-block bio and sleeps (in I/O wait) until it completes; 0 on success. */
    int submitBioWait(BioOp op, long sector);

    /**
     * Direct I/O to the device ({@code blkdev_direct_IO} of {@code block/fops.c}): one bio of {@code sectors} sectors
     * from the block layer's {@code blkdev_dio_pool} bio set, submitted and waited for (in I/O wait); 0 on success.
     */
    default int submitBioWait(BioOp op, long sector, int sectors) {
        if (sectors == 1) {
            return submitBioWait(op, sector);
        }
        throw new UnsupportedOperationException(name() + ": this kernel submits only one-sector bios");
    }
}
