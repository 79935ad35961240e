package org.reclaimtck.tck.suites.allocator;

import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;

/**
 * One request as the task made it: the caller's mask, the effective mask its scopes give
 * ({@code current_gfp_context}, computed by the kit), the order, PF_MEMALLOC, the free pages just before the call,
 * whether anything else could free memory meanwhile, and the pfn it returned ({@code -1}: failure).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record AllocCall(String task, Gfp gfp, Gfp effective, int order, boolean pfMemalloc, long freeBefore,
                        boolean exclusive, long pfn) {
    public boolean succeeded() {
        return pfn >= 0;
    }

    /** {@code order=2 gfp=GFP_KERNEL|__GFP_NOFAIL (PF_MEMALLOC) with 76 free pages}. */
    public String describe() {
        return "order=" + order + " gfp=" + gfp + (gfp.equals(effective) ? "" : " effective=" + effective)
                + (pfMemalloc ? " (PF_MEMALLOC)" : "") + " with " + freeBefore + " free pages";
    }
}
