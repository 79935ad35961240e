package org.reclaimtck.ref.drivers;

import org.reclaimtck.spi.block.BufioClient;

/** A cached block: models {@code struct dm_buffer} ({@code drivers/md/dm-bufio.c}) with its state bits and hold count. */
final class BufioBuffer implements BufioClient.Buffer {
    final long block;
    final long page;
    int hold;
    boolean dirty;
    boolean writing;

    BufioBuffer(long block, long page) {
        this.block = block;
        this.page = page;
    }

    @Override
    public long block() {
        return block;
    }

    boolean evictable() {
        return hold == 0 && !writing;
    }
}
