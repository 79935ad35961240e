package org.reclaimtck.spi.part;

import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.kernel.PartType;

/**
 * A block driver: models a driver's {@code probe} / {@code add_disk} ({@code block/genhd.c}). For each device of its
 * type in a stack the kernel calls {@link #probe}; the block layer then hands the device's bios to the returned ops'
 * {@code submitBio}, tracing every submission and completion itself.
 */
public interface BlockDriverType extends PartType {
    /** Creates one device: {@code ctx.name()} is its name, {@code ctx.lowerDevices()} what it sits on. */
    BlockDeviceOperations probe(BlockDriverContext ctx);
}
