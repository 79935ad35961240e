package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The storage-stack rules: DL-n (no deadlock), FP-n (forward progress of reclaim) and the recursion rules of
 * reclaim contexts SCOPE-3..6 (include/linux/gfp_types.h, mm/vmscan.c, fs/super.c).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StorageRules {
    private StorageRules() {
    }

    /** SCOPE-3. */
    public static final Rule SCOPE_3 = new Rule(RuleIds.SCOPE_3, RuleLevel.MUST, "no filesystem entry without __GFP_FS",
            "Reclaim running with a mask without __GFP_FS (direct reclaim, memcg reclaim of a charge, or a shrinker's"
                    + " scan_objects) MUST NOT enter a filesystem.",
            "K-GFP-3, K-FS-1; Documentation/core-api/gfp_mask-from-fs-io.rst, fs/super.c super_cache_scan");

    /** SCOPE-4. */
    public static final Rule SCOPE_4 = new Rule(RuleIds.SCOPE_4, RuleLevel.MUST, "no I/O wait without __GFP_IO",
            "Reclaim running with a mask without __GFP_IO MUST NOT wait for a bio.",
            "K-GFP-3, K-DM-1; Documentation/core-api/gfp_mask-from-fs-io.rst");

    /** SCOPE-5. */
    public static final Rule SCOPE_5 = new Rule(RuleIds.SCOPE_5, RuleLevel.MUST, "no nested direct reclaim",
            "A task already in reclaim (PF_MEMALLOC: direct reclaim, a shrinker, kswapd) MUST NOT enter direct"
                    + " reclaim again.",
            "K-ALLOC-8, K-SCOPE-4, K-SCOPE-5; mm/page_alloc.c __alloc_pages_slowpath");

    /** SCOPE-6. */
    public static final Rule SCOPE_6 = new Rule(RuleIds.SCOPE_6, RuleLevel.MUST, "transactions are NOFS",
            "An allocation made while holding a filesystem transaction MUST have an effective mask without"
                    + " __GFP_FS (a memalloc_nofs_save scope or GFP_NOFS), so reclaim cannot re-enter the"
                    + " filesystem.",
            "K-FS-5, K-SCOPE-6; fs/xfs/xfs_trans.c __xfs_trans_alloc");

    /** DL-1. */
    public static final Rule DL_1 = new Rule(RuleIds.DL_1, RuleLevel.MUST, "storage stack never deadlocks",
            "A workload on a stack of filesystems, loop and device-mapper devices MUST complete under memory"
                    + " pressure: no wait-for cycle, lost wakeup, hung task or stall.",
            "K-LOOP-1, K-LOOP-2, K-DM-1, K-DM-2, K-FS-5; commits 9d28eb12447e, d0a255e795ab");

    /** FP-1. */
    public static final Rule FP_1 = new Rule(RuleIds.FP_1, RuleLevel.MUST, "kswapd never stalls in a shrinker",
            "kswapd MUST NOT spend more than one second of virtual time in one shrinker's scan_objects call:"
                    + " every reclaimer waits behind it.",
            "K-SHRINK-5, K-DM-4; the 2019/2020 dm-devel thread");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(SCOPE_3, SCOPE_4, SCOPE_5, SCOPE_6, DL_1, FP_1);
}
