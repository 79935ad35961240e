package org.reclaimtck.tck.rules;

import java.util.List;

/**
 * The storage-stack rules: DL-n (no deadlock), FP-n (forward progress of reclaim) and the recursion rules of
 * reclaim contexts SCOPE-3..6 (include/linux/gfp_types.h, mm/vmscan.c, fs/super.c).
 */
final class StorageRules {
    private StorageRules() {
    }

    static final List<Rule> ALL = List.of(
            new Rule("SCOPE-3", RuleLevel.MUST, "no filesystem entry without __GFP_FS",
                    "Reclaim running with a mask without __GFP_FS (direct reclaim or a shrinker's scan_objects) MUST NOT"
                            + " enter a filesystem.",
                    "K-GFP-3, K-FS-1; Documentation/core-api/gfp_mask-from-fs-io.rst, fs/super.c super_cache_scan"),
            new Rule("SCOPE-4", RuleLevel.MUST, "no I/O wait without __GFP_IO",
                    "Reclaim running with a mask without __GFP_IO MUST NOT wait for a bio.",
                    "K-GFP-3, K-DM-1; Documentation/core-api/gfp_mask-from-fs-io.rst"),
            new Rule("SCOPE-5", RuleLevel.MUST, "no nested direct reclaim",
                    "A task already in reclaim (PF_MEMALLOC: direct reclaim, a shrinker, kswapd) MUST NOT enter direct"
                            + " reclaim again.",
                    "K-ALLOC-8, K-SCOPE-4, K-SCOPE-5; mm/page_alloc.c __alloc_pages_slowpath"),
            new Rule("SCOPE-6", RuleLevel.MUST, "transactions are NOFS",
                    "An allocation made while holding a filesystem transaction MUST have an effective mask without"
                            + " __GFP_FS (a memalloc_nofs_save scope or GFP_NOFS), so reclaim cannot re-enter the"
                            + " filesystem.",
                    "K-FS-5, K-SCOPE-6; fs/xfs/xfs_trans.c __xfs_trans_alloc"),
            new Rule("DL-1", RuleLevel.MUST, "storage stack never deadlocks",
                    "A workload on a stack of filesystems, loop and device-mapper devices MUST complete under memory"
                            + " pressure: no wait-for cycle, lost wakeup, hung task or stall.",
                    "K-LOOP-1, K-LOOP-2, K-DM-1, K-DM-2, K-FS-5; commits 9d28eb12447e, d0a255e795ab"),
            new Rule("FP-1", RuleLevel.MUST, "kswapd never stalls in a shrinker",
                    "kswapd MUST NOT spend more than one second of virtual time in one shrinker's scan_objects call:"
                            + " every reclaimer waits behind it.",
                    "K-SHRINK-5, K-DM-4; the 2019/2020 dm-devel thread"));
}
