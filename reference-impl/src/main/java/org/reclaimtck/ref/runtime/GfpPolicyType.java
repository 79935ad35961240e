package org.reclaimtck.ref.runtime;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * Part type {@value #NAME}: the scoped-gfp policy ({@code include/linux/sched/mm.h}, {@code mm/vmscan.c}) as a
 * selectable mechanism, e.g. {@code -Dreclaimtck.variant=gfp-policy:merged-noio-nofs} (S7, {@link GfpContext}).
 */
public final class GfpPolicyType implements PartType {
    public static final String NAME = "gfp-policy";
    public static final String KERNEL = "kernel";
    public static final String MERGED_NOIO_NOFS = "merged-noio-nofs";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "scoped gfp masks: current_gfp_context and may_enter_fs (include/linux/sched/mm.h, mm/vmscan.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, KERNEL, true, "NOIO clears __GFP_IO|__GFP_FS, NOFS only __GFP_FS; a NOFS reclaimer"
                        + " may still swap anon folios to a block swap device (K-SCOPE-3, K-VMSCAN-3, K-VMSCAN-4)"),
                new Variant(NAME, MERGED_NOIO_NOFS, false, "the 2020 proposal merging NOIO into NOFS: a NOFS scope"
                        + " also clears __GFP_IO, so NOFS reclaim cannot add anon folios to swap (S7)"));
    }

    /** The policy of variant {@code name} ({@code ""} for the default). */
    public static GfpContext policy(String name) {
        return MERGED_NOIO_NOFS.equals(name) ? GfpContext.MERGED_NOIO_NOFS : GfpContext.KERNEL;
    }
}
