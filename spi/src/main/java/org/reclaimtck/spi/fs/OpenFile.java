package org.reclaimtck.spi.fs;

/**
 * An opened file as a kernel user holds it (a loop device's backing file): models {@code struct file} with
 * {@code vfs_iter_read} / {@code vfs_iter_write} of direct I/O ({@code LO_FLAGS_DIRECT_IO}), plus buffered writes and
 * {@code fsync}. Each call enters the file's filesystem, traced by the VFS.
 */
public interface OpenFile {
    void read(long block, int blocks);

    void write(long block, int blocks);

    /**
     * A buffered write ({@code write(2)} without {@code O_DIRECT}): {@code pages} page-cache folios from {@code index}
     * dirtied, the writer then throttled by {@code balance_dirty_pages}; the flushers write the data later.
     */
    default void writeBuffered(long index, int pages) {
        throw new UnsupportedOperationException("buffered writes are not implemented by " + getClass().getName());
    }

    /** {@code fsync(2)}: the file's dirty folios written ({@code WB_SYNC_ALL}) and their writeback waited for. */
    default void fsync() {
        throw new UnsupportedOperationException("fsync is not implemented by " + getClass().getName());
    }

    /** {@code A:/loop.img}. */
    String describe();
}
