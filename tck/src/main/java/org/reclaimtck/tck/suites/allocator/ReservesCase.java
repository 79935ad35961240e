package org.reclaimtck.tck.suites.allocator;

import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * At MIN, {@code memhog} asks with every kind of reserve right: __GFP_MEMALLOC withdrawn by __GFP_NOMEMALLOC,
 * PF_MEMALLOC with __GFP_NOMEMALLOC, GFP_ATOMIC until it fails, PF_MEMALLOC and __GFP_MEMALLOC below that, and
 * __GFP_HIGH with __GFP_NOMEMALLOC.
 */
@TckCase(suite = "allocator", id = "reserves", rules = {RuleIds.ALLOC_4, RuleIds.ALLOC_5},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ReservesCase extends AllocatorCase {
    @Override
    protected void requests(Kernel kernel, AllocRecorder rec) {
        rec.fillTo(Gfp.GFP_NOWAIT, 0);
        rec.alloc(Gfp.GFP_NOWAIT.or(Gfp.__GFP_MEMALLOC).or(Gfp.__GFP_NOMEMALLOC), 0);
        rec.underPfMemalloc(() -> rec.alloc(Gfp.GFP_KERNEL.or(Gfp.__GFP_NOMEMALLOC), 0));
        for (int i = 0; i < 64 && rec.alloc(Gfp.GFP_ATOMIC, 0) >= 0; i++) {
            // down to __GFP_HIGH's share of MIN
        }
        rec.alloc(Gfp.GFP_NOWAIT.or(Gfp.__GFP_HIGH).or(Gfp.__GFP_NOMEMALLOC), 0);
        rec.underPfMemalloc(() -> {
            for (int i = 0; i < 4; i++) {
                rec.alloc(Gfp.GFP_KERNEL, 0);
            }
            rec.alloc(Gfp.GFP_KERNEL, 1);
        });
        for (int i = 0; i < 4; i++) {
            rec.alloc(Gfp.GFP_NOWAIT.or(Gfp.__GFP_MEMALLOC), 0);
        }
    }
}
