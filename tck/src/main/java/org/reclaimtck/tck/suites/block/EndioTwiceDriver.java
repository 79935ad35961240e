package org.reclaimtck.tck.suites.block;

import org.apiguardian.api.API;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;

/**
 * The kit's own broken block driver (type {@value #TYPE}), the block layer's probe for BLK-4: its {@code submit_bio}
 * ends every bio at once and then a second time, the double completion of a driver that races its timeout handler
 * with its interrupt. The block layer, not this driver, is judged: it must refuse the second {@code bio_endio}.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class EndioTwiceDriver implements BlockDriverType {
    public static final String TYPE = "tck-endio-twice";

    @Override
    public String name() {
        return TYPE;
    }

    @Override
    public BlockDeviceOperations probe(BlockDriverContext ctx) {
        BlockLayer block = ctx.kernel().blockLayer();
        return bio -> {
            block.bioEndio(bio, 0);
            block.bioEndio(bio, 0); // the planted double completion
        };
    }
}
