package org.reclaimtck.spi.block;

/**
 * A block cache client: models {@code struct dm_bufio_client} of {@code drivers/md/dm-bufio.c}, whose
 * shrinker frees clean buffers and, depending on the variant, writes dirty ones (K-DM-1..5).
 */
public interface BufioClient {
    String name();

    /** {@code dm_bufio_new()}: a buffer for the block without reading it; allocates under the client lock. */
    Buffer newBuffer(long block);

    /** {@code dm_bufio_read()}: a buffer with the block's data, read from the device if not cached. */
    Buffer read(long block);

    /** {@code dm_bufio_mark_buffer_dirty()}. */
    void markBufferDirty(Buffer buffer);

    /** {@code dm_bufio_release()}: drops the caller's hold; the buffer stays cached. */
    void release(Buffer buffer);

    /** {@code dm_bufio_write_dirty_buffers()}: writes every dirty buffer and waits. */
    void writeDirtyBuffers();

    int cachedBuffers();

    int dirtyBuffers();

    /** A cached block, held by the caller between get and release. */
    interface Buffer {
        long block();
    }
}
