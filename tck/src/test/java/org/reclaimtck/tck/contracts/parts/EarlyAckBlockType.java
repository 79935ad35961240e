package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;

/**
 * A planted defect: a stacking driver that remaps each bio to a clone on the device below, as dm-linear does, but
 * acknowledges the original as soon as the clone is submitted, before the device below has the data. Selected with
 * {@code reclaimtck.parts=block-device:early-ack}.
 */
public final class EarlyAckBlockType implements BlockDriverType {
    public static final String NAME = "early-ack";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BlockDeviceOperations probe(BlockDriverContext ctx) {
        BlockLayer block = ctx.kernel().blockLayer();
        BlockDevice lower = ctx.lowerDevices().get(0);
        return bio -> {
            Bio clone = block.bioAlloc(lower, bio.op(), bio.sector());
            block.submitBio(clone);
            block.bioEndio(bio, 0); // the defect: must wait for the clone's completion (its bi_end_io)
        };
    }
}
