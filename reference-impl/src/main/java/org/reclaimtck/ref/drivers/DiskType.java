package org.reclaimtck.ref.drivers;

import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;

/** Part type {@code disk}: a blk-mq disk with queue depth and virtual latency ({@code block/blk-mq.c}). */
public final class DiskType implements BlockDriverType {
    @Override
    public String name() {
        return "disk";
    }

    @Override
    public String description() {
        return "disk with a queue depth and a virtual latency, completed from its interrupt (block/blk-mq.c)";
    }

    @Override
    public BlockDeviceOperations probe(BlockDriverContext ctx) {
        return new Disk(ctx);
    }
}
