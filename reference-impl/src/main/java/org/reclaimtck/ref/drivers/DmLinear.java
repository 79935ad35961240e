package org.reclaimtck.ref.drivers;

import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.part.BlockDriverContext;

/**
 * A device-mapper linear target: models {@code drivers/md/dm-linear.c}, remapping each bio to a clone on the device
 * below, whose {@code bi_end_io} ends the original. Part type {@code dm-linear}.
 */
final class DmLinear implements BlockDeviceOperations {
    private final BlockLayer block;
    private final BlockDevice lower;

    DmLinear(BlockDriverContext ctx) {
        if (ctx.lowerDevices().size() != 1) {
            throw new IllegalArgumentException(ctx.name() + ": dm-linear needs exactly one device below, got "
                    + ctx.lowerDevices().size());
        }
        this.block = ctx.kernel().blockLayer();
        this.lower = ctx.lowerDevices().get(0);
    }

    @Override
    public void submitBio(Bio bio) {
        Bio clone = block.bioAlloc(lower, bio.op(), bio.sector());
        clone.setPrivate(bio);
        clone.setEndIo(c -> block.bioEndio((Bio) c.getPrivate(), c.status()));
        block.submitBio(clone);
    }
}
