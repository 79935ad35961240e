package org.reclaimtck.spi.fs;

/** The page cache of one file: models {@code struct address_space} ({@code include/linux/fs.h}). */
public interface AddressSpace {
    /** The file's path on its filesystem, e.g. {@code /loop.img}. */
    String path();

    SuperBlock superBlock();

    /** Folios cached now ({@code nrpages}). */
    long nrPages();
}
