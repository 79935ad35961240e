package org.reclaimtck.ref.drivers;

import java.util.List;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;

/** Part type {@code loop}: a loop device over a file ({@code drivers/block/loop.c}), with its historical variant. */
public final class LoopType implements BlockDriverType {
    public static final String NAME = "loop";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "loop device over a file, its worker serving bios by file I/O (drivers/block/loop.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, LoopDevice.NOIO, true,
                        "worker under memalloc_noio_save and PF_LOCAL_THROTTLE (d0a255e795ab, K-LOOP-1)"),
                new Variant(NAME, LoopDevice.NO_NOIO, false,
                        "worker allocates with GFP_KERNEL, before d0a255e795ab (K-LOOP-2, S2)"));
    }

    @Override
    public BlockDeviceOperations probe(BlockDriverContext ctx) {
        return new LoopDevice(ctx);
    }
}
