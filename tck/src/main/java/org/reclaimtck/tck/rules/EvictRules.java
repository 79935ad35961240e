package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The eviction rule, EVICT-n (S4, the 2025 LSF/MM thread): inode eviction run by reclaim, from dentry pruning or the
 * inode LRU, does not wait for the journal or the disk (fs/dcache.c, fs/inode.c, fs/xfs/xfs_icache.c).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.5.0")
public final class EvictRules {
    private EvictRules() {
    }

    /** EVICT-1. */
    public static final Rule EVICT_1 = new Rule(RuleIds.EVICT_1, RuleLevel.MUST,
            "reclaim never waits on journal space or I/O",
            "A task in direct reclaim or kswapd MUST NOT wait for log space, for a bio or for PG_writeback inside a"
                    + " shrinker's scan_objects or an inode eviction (evict_inode, destroy_inode): work that needs the"
                    + " journal or the disk is deferred to a background worker (XFS's inodegc).",
            "K-FS-3, K-FS-4, K-FS-6, K-FS-7; fs/dcache.c prune_dcache_sb, fs/inode.c evict, fs/xfs/xfs_icache.c"
                    + " xfs_inodegc_queue; the 2025 LSF/MM thread (S4)");

    /** EVICT-2. */
    public static final Rule EVICT_2 = new Rule(RuleIds.EVICT_2, RuleLevel.SHOULD,
            "direct reclaim's journal and I/O stalls are bounded",
            "The 99th percentile of the virtual time one direct reclaim spends waiting for log space, a bio or"
                    + " PG_writeback SHOULD stay under 10 ms, and no direct reclaim SHOULD wait on them for more than"
                    + " 100 ms in all.",
            "K-FS-4, K-FS-6; the 2025 LSF/MM thread (\"unpredictable memory allocation latency as direct reclaim can get"
                    + " stuck on them\", S4)");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(EVICT_1, EVICT_2);
}
