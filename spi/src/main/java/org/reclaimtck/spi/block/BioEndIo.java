package org.reclaimtck.spi.block;

/** {@code bio_end_io_t}: a bio's completion callback, run by {@code bio_endio} in the completing context. */
@FunctionalInterface
public interface BioEndIo {
    void endIo(Bio bio);
}
