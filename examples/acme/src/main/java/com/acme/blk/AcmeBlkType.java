package com.acme.blk;

import java.util.List;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;

/**
 * Block driver {@code acmeblk}: models the driver's {@code module_init} / {@code probe} ({@code block/genhd.c}
 * {@code add_disk}) of Acme's stacking driver over exactly one device below.
 */
public final class AcmeBlkType implements BlockDriverType {
    public static final String NAME = "acmeblk";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Acme's bouncing stacking driver: a kthread serves bios by clones to the device below";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, AcmeBlk.NOIO, true,
                        "kthread under memalloc_noio_save: bounce buffers are GFP_NOIO (as dm-crypt's crypt_alloc_buffer)"),
                new Variant(NAME, AcmeBlk.GFP_KERNEL, false,
                        "bounce buffers with GFP_KERNEL in the I/O path: reclaim may wait for this device's own bios"));
    }

    @Override
    public BlockDeviceOperations probe(BlockDriverContext ctx) {
        return new AcmeBlk(ctx);
    }
}
