package org.reclaimtck.tck.examples;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;

/** The buggy driver: {@code GFP_KERNEL} in the completion path may recurse into the filesystem it serves. */
@TckCase(suite = "blkdrv", id = "gfp-kernel-in-completion", rules = {"DEP-1", "DEP-2"}, maxSeeds = 1,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.FILESYSTEM})
public final class BlockDriverGfpKernelCase extends BlockDriverCompletionCase {
    public BlockDriverGfpKernelCase() {
        super(Gfp.GFP_KERNEL);
    }
}
