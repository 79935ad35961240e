package org.reclaimtck.tck.suites.allocator;

import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * {@code memhog} takes order-0 pages with GFP_NOWAIT until a request fails (through LOW to MIN), tries order 2 at
 * MIN, gives 20 pages back and takes order-2 blocks across LOW again.
 */
@TckCase(suite = "allocator", id = "watermarks", rules = {RuleIds.ALLOC_1, RuleIds.ALLOC_2, RuleIds.ALLOC_3},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class WatermarksCase extends AllocatorCase {
    @Override
    protected void requests(Kernel kernel, AllocRecorder rec) {
        rec.fillTo(Gfp.GFP_NOWAIT, 0);
        rec.alloc(Gfp.GFP_NOWAIT, 2);
        for (int i = 0; i < 20; i++) {
            kernel.pageAllocator().freePages(rec.held().remove(rec.held().size() - 1), 0);
        }
        for (int i = 0; i < 6; i++) {
            rec.alloc(Gfp.GFP_NOWAIT, 2);
        }
    }
}
