package org.reclaimtck.ref.runtime;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * Part type {@value #NAME}: the scoped-gfp policy ({@code include/linux/sched/mm.h}, {@code mm/vmscan.c}) as a
 * selectable mechanism, e.g. {@code -Dreclaimtck.variant=gfp-policy:merged-noio-nofs} (S7), {@code per-sb-nofs} (S8), {@code nofail-scope}, {@code nowait-scope} ({@link GfpContext}).
 */
public final class GfpPolicyType implements PartType {
    public static final String NAME = "gfp-policy";
    public static final String KERNEL = "kernel";
    public static final String MERGED_NOIO_NOFS = "merged-noio-nofs";
    public static final String PER_SB_NOFS = "per-sb-nofs";
    public static final String NOFAIL_SCOPE = "nofail-scope";
    public static final String NOWAIT_SCOPE = "nowait-scope";
    public static final String PER_SB_NOFS_IGNORES_DEPTH = "per-sb-nofs-ignores-depth";

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
                        + " also clears __GFP_IO, so NOFS reclaim cannot add anon folios to swap (S7)"),
                new Variant(NAME, PER_SB_NOFS, false, "the 2020 per-superblock NOFS proposal: memalloc_nofs_save"
                        + " takes {superblock, nesting depth}; super_cache_scan treats another depth as NOFS, another"
                        + " superblock as GFP_KERNEL, and asks the filesystem about its own (S8)"),
                new Variant(NAME, NOFAIL_SCOPE, false, "the 2024 memalloc_nofail_save proposal: requests in the scope"
                        + " default to __GFP_NOFAIL unless NORETRY or RETRY_MAYFAIL (K-ALLOC-13 for scoped callers)"),
                new Variant(NAME, NOWAIT_SCOPE, false, "the 2020 memalloc_nowait_save proposal (NORECLAIM, reverted"
                        + " for v6.12): the scope strips __GFP_DIRECT_RECLAIM and adds __GFP_NOWARN; a nested"
                        + " __GFP_NOFAIL request cannot reclaim (K-SCOPE-8, K-ALLOC-14)"),
                new Variant(NAME, PER_SB_NOFS_IGNORES_DEPTH, false, "per-sb-nofs without its nesting-depth rule:"
                        + " reclaim under A's scope enters filesystems stacked under or over A through loop devices"
                        + " (a broken proposal: POLICY-1)"));
    }

    /** The policy of variant {@code name} ({@code ""} for the default). */
    public static GfpContext policy(String name) {
        if (name == null) {
            return GfpContext.KERNEL;
        }
        switch (name) {
            case MERGED_NOIO_NOFS:
                return GfpContext.MERGED_NOIO_NOFS;
            case PER_SB_NOFS:
                return GfpContext.PER_SB_NOFS;
            case NOFAIL_SCOPE:
                return GfpContext.NOFAIL_SCOPE;
            case NOWAIT_SCOPE:
                return GfpContext.NOWAIT_SCOPE;
            case PER_SB_NOFS_IGNORES_DEPTH:
                return GfpContext.PER_SB_NOFS_IGNORES_DEPTH;
            default:
                return GfpContext.KERNEL;
        }
    }
}
