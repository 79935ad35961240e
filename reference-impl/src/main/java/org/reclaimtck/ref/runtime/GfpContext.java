package org.reclaimtck.ref.runtime;

import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.task.PfFlag;

/**
 * The scoped-gfp policy the kernel applies: models {@code current_gfp_context} of {@code include/linux/sched/mm.h}
 * and {@code may_enter_fs} of {@code mm/vmscan.c} (K-SCOPE-3, K-VMSCAN-3). {@link #KERNEL}: NOIO clears
 * {@code __GFP_IO|__GFP_FS}, NOFS clears {@code __GFP_FS} only, and a swap-cache folio on a block swap device may be
 * written with {@code __GFP_IO}. {@link #MERGED_NOIO_NOFS}: the 2020 proposal that merged the two scopes (S7): NOFS
 * clears {@code __GFP_IO} too and {@code may_enter_fs} is {@code __GFP_FS} alone. Selected with part type
 * {@code gfp-policy}.
 */
public final class GfpContext {
    /** The kernel's semantics. */
    public static final GfpContext KERNEL = new GfpContext(false);
    /** NOIO merged into NOFS (S7). */
    public static final GfpContext MERGED_NOIO_NOFS = new GfpContext(true);

    private final boolean merged;

    private GfpContext(boolean merged) {
        this.merged = merged;
    }

    /** {@code current_gfp_context(gfp)} for a task with {@code flags}. */
    public Gfp currentGfpContext(Set<PfFlag> flags, Gfp gfp) {
        Gfp result = gfp;
        if (flags.contains(PfFlag.PF_MEMALLOC_NOIO)
                || (merged && flags.contains(PfFlag.PF_MEMALLOC_NOFS))) {
            result = result.andNot(Gfp.__GFP_IO.or(Gfp.__GFP_FS));
        } else if (flags.contains(PfFlag.PF_MEMALLOC_NOFS)) {
            result = result.andNot(Gfp.__GFP_FS);
        }
        if (flags.contains(PfFlag.PF_MEMALLOC_PIN)) {
            result = result.andNot(Gfp.__GFP_MOVABLE);
        }
        return result;
    }

    /**
     * {@code may_enter_fs(folio, gfp)}: {@code __GFP_FS}; else, for a swap-cache folio on a swap device without
     * {@code SWP_FS_OPS} (a block device), {@code __GFP_IO}.
     */
    public boolean mayEnterFs(boolean swapCache, boolean swapFsOps, Gfp gfp) {
        if (gfp.allowsFs()) {
            return true;
        }
        if (merged || !swapCache || !gfp.allowsIo()) {
            return false;
        }
        return !swapFsOps;
    }

    @Override
    public String toString() {
        return merged ? GfpPolicyType.MERGED_NOIO_NOFS : GfpPolicyType.KERNEL;
    }
}
