package org.reclaimtck.ref.runtime;

import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.task.PfFlag;

/**
 * The scoped-gfp policy the kernel applies: models {@code current_gfp_context} of {@code include/linux/sched/mm.h}
 * and {@code may_enter_fs} of {@code mm/vmscan.c} (K-SCOPE-2, K-SCOPE-3, K-VMSCAN-3), and the proposals of the seed
 * threads as alternatives, selected with part type {@code gfp-policy}:
 * <ul>
 * <li>{@link #KERNEL}: NOIO clears {@code __GFP_IO|__GFP_FS}, NOFS clears {@code __GFP_FS} only, and a swap-cache folio
 * on a block swap device may be written with {@code __GFP_IO}.</li>
 * <li>{@link #MERGED_NOIO_NOFS} (2020, S7): NOFS clears {@code __GFP_IO} too and {@code may_enter_fs} is
 * {@code __GFP_FS} alone.</li>
 * <li>{@link #PER_SB_NOFS} (2020, S8): a NOFS scope may carry its superblock and nesting depth; the mask is the
 * kernel's, and {@code super_cache_scan} decides per superblock ({@code ref.vfs.SuperblockNofs}).</li>
 * <li>{@link #NOFAIL_SCOPE} (LSF/MM 2024): {@code PF_MEMALLOC_NOFAIL} adds {@code __GFP_NOFAIL} unless the request
 * asks {@code __GFP_NORETRY} or {@code __GFP_RETRY_MAYFAIL}.</li>
 * <li>{@link #NOWAIT_SCOPE} (2020; NORECLAIM in v6.11, reverted, K-SCOPE-8): {@code PF_MEMALLOC_NOWAIT} clears
 * {@code __GFP_DIRECT_RECLAIM} and adds {@code __GFP_NOWARN}.</li>
 * </ul>
 * {@link #PER_SB_NOFS_IGNORES_DEPTH} is the per-superblock proposal without its depth rule, a broken policy for the
 * kit's own tests. A proposal's scope under a policy without it is a traced no-op ({@link #implementsScope}).
 */
public final class GfpContext {
    /** The kernel's semantics. */
    public static final GfpContext KERNEL = new GfpContext(GfpPolicyType.KERNEL);
    /** NOIO merged into NOFS (S7). */
    public static final GfpContext MERGED_NOIO_NOFS = new GfpContext(GfpPolicyType.MERGED_NOIO_NOFS);
    /** Per-superblock NOFS contexts (S8). */
    public static final GfpContext PER_SB_NOFS = new GfpContext(GfpPolicyType.PER_SB_NOFS);
    /** {@code memalloc_nofail_save}. */
    public static final GfpContext NOFAIL_SCOPE = new GfpContext(GfpPolicyType.NOFAIL_SCOPE);
    /** {@code memalloc_nowait_save}. */
    public static final GfpContext NOWAIT_SCOPE = new GfpContext(GfpPolicyType.NOWAIT_SCOPE);
    /** Per-superblock NOFS without its nesting-depth rule: a deliberately broken policy the kit must catch (POLICY-1). */
    public static final GfpContext PER_SB_NOFS_IGNORES_DEPTH = new GfpContext(GfpPolicyType.PER_SB_NOFS_IGNORES_DEPTH);

    private final String name;

    private GfpContext(String name) {
        this.name = name;
    }

    private boolean merged() {
        return this == MERGED_NOIO_NOFS;
    }

    /** True if a NOFS scope's superblock and depth reach reclaim (the per-superblock proposal). */
    public boolean perSuperblockNofs() {
        return this == PER_SB_NOFS || this == PER_SB_NOFS_IGNORES_DEPTH;
    }

    /** True if a per-superblock NOFS scope keeps reclaim out of superblocks at another nesting depth (the proposal). */
    public boolean nestingDepthIsNofs() {
        return this != PER_SB_NOFS_IGNORES_DEPTH;
    }

    /**
     * True if this policy has the scope that sets {@code flag}: every policy has the kernel's; the proposals' flags
     * exist only under their own policy.
     */
    public boolean implementsScope(PfFlag flag) {
        if (flag == PfFlag.PF_MEMALLOC_NOFAIL) {
            return this == NOFAIL_SCOPE;
        }
        if (flag == PfFlag.PF_MEMALLOC_NOWAIT) {
            return this == NOWAIT_SCOPE;
        }
        return true;
    }

    /** The policy that has the scope setting {@code flag}, for the trace of an ignored save. */
    static String policyOf(PfFlag flag) {
        return flag == PfFlag.PF_MEMALLOC_NOFAIL ? GfpPolicyType.NOFAIL_SCOPE : GfpPolicyType.NOWAIT_SCOPE;
    }

    /** {@code current_gfp_context(gfp)} for a task with {@code flags}. */
    public Gfp currentGfpContext(Set<PfFlag> flags, Gfp gfp) {
        Gfp result = gfp;
        if (flags.contains(PfFlag.PF_MEMALLOC_NOIO)
                || (merged() && flags.contains(PfFlag.PF_MEMALLOC_NOFS))) {
            result = result.andNot(Gfp.__GFP_IO.or(Gfp.__GFP_FS));
        } else if (flags.contains(PfFlag.PF_MEMALLOC_NOFS)) {
            result = result.andNot(Gfp.__GFP_FS);
        }
        if (flags.contains(PfFlag.PF_MEMALLOC_PIN)) {
            result = result.andNot(Gfp.__GFP_MOVABLE);
        }
        if (flags.contains(PfFlag.PF_MEMALLOC_NOWAIT)) {
            result = result.andNot(Gfp.__GFP_DIRECT_RECLAIM).or(Gfp.__GFP_NOWARN);
        }
        if (flags.contains(PfFlag.PF_MEMALLOC_NOFAIL)
                && !result.hasAny(Gfp.__GFP_NORETRY.or(Gfp.__GFP_RETRY_MAYFAIL))) {
            result = result.or(Gfp.__GFP_NOFAIL);
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
        if (merged() || !swapCache || !gfp.allowsIo()) {
            return false;
        }
        return !swapFsOps;
    }

    @Override
    public String toString() {
        return name;
    }
}
