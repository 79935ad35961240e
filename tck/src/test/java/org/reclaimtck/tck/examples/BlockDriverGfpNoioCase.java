package org.reclaimtck.tck.examples;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;

/** The fixed driver: {@code GFP_NOIO} in the completion path, as every allocation on an I/O path must be. */
@TckCase(suite = "blkdrv", id = "gfp-noio-in-completion", rules = {"DEP-1", "DEP-2"}, maxSeeds = 1,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.FILESYSTEM})
public final class BlockDriverGfpNoioCase extends BlockDriverCompletionCase {
    public BlockDriverGfpNoioCase() {
        super(Gfp.GFP_NOIO);
    }
}
