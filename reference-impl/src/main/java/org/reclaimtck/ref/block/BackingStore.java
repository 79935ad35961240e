package org.reclaimtck.ref.block;

/**
 * What a loop device reads and writes: a file's {@code read_iter} / {@code write_iter} (K-LOOP-3). The
 * filesystem layer, above this one, implements it; any I/O below a loop device may enter a filesystem.
 */
public interface BackingStore {
    /** {@code vfs_iter_write}: writes blocks of the file, entering its filesystem. */
    void write(long block, int blocks);

    /** {@code vfs_iter_read}. */
    void read(long block, int blocks);

    /** e.g. {@code A:/loop.img}. */
    String describe();
}
