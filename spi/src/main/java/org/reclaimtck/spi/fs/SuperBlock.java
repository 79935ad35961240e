package org.reclaimtck.spi.fs;

import org.reclaimtck.spi.block.BlockDevice;

/** A mounted filesystem instance: models {@code struct super_block} ({@code fs/super.c}). */
public interface SuperBlock {
    /** {@code s_id}, e.g. the device name. */
    String id();

    BlockDevice device();
}
