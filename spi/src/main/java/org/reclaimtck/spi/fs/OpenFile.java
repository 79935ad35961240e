package org.reclaimtck.spi.fs;

/**
 * An opened file as a kernel user holds it (a loop device's backing file): models {@code struct file} with
 * {@code vfs_iter_read} / {@code vfs_iter_write} of direct I/O ({@code LO_FLAGS_DIRECT_IO}). Each call enters the
 * file's filesystem through its {@code ->direct_IO}, traced by the VFS.
 */
public interface OpenFile {
    void read(long block, int blocks);

    void write(long block, int blocks);

    /** {@code A:/loop.img}. */
    String describe();
}
