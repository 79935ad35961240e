package org.reclaimtck.ref.drivers;

import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;

/** Part type {@code dm-linear}: the device-mapper linear target ({@code drivers/md/dm-linear.c}). */
public final class DmLinearType implements BlockDriverType {
    @Override
    public String name() {
        return "dm-linear";
    }

    @Override
    public String description() {
        return "device-mapper linear target remapping bios to the device below (drivers/md/dm-linear.c)";
    }

    @Override
    public BlockDeviceOperations probe(BlockDriverContext ctx) {
        return new DmLinear(ctx);
    }
}
