package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/** A filesystem's contract, FS-n (fs/super.c, fs/inode.c, fs/xfs), checked by the {@code filesystem} suite. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class FsRules {
    private FsRules() {
    }

    public static final Rule FS_1 = new Rule(RuleIds.FS_1, RuleLevel.MUST, "transactions run in a NOFS scope",
            "Every allocation made while the filesystem's transaction is held, by the filesystem or by its caller,"
                    + " MUST have an effective mask without __GFP_FS: the filesystem sets a NOFS scope when it starts"
                    + " a transaction and restores it at commit.",
            "K-FS-5, K-SCOPE-6; fs/xfs/xfs_trans.c __xfs_trans_alloc, xfs_trans_commit");

    public static final Rule FS_2 = new Rule(RuleIds.FS_2, RuleLevel.MUST, "log space returned on commit",
            "Every transaction MUST be committed or cancelled (its log space returned) before its task exits, so that"
                    + " once the filesystem is idle a transaction reserving the whole log gets it.",
            "K-FS-5; fs/xfs/xfs_log.c xfs_log_reserve, xfs_log_ticket_ungrant");

    public static final Rule FS_3 = new Rule(RuleIds.FS_3, RuleLevel.MUST, "superblock shrinker stays out without __GFP_FS",
            "Reclaim without __GFP_FS MUST NOT enter the filesystem, and its superblock shrinker (super_cache_scan)"
                    + " MUST return SHRINK_STOP for such a mask.",
            "K-FS-1, K-FS-2, K-SHRINK-1; fs/super.c super_cache_scan");

    public static final Rule FS_4 = new Rule(RuleIds.FS_4, RuleLevel.MUST, "eviction in reclaim is bounded",
            "An inode eviction (evict_inode) run by reclaim MUST NOT wait for a bio and MUST return within 100 ms of"
                    + " virtual time: reclaim waits behind it.",
            "K-FS-3, K-FS-4; fs/inode.c evict, inode_lru_isolate; the 2025 LSF/MM thread");

    public static final Rule FS_5 = new Rule(RuleIds.FS_5, RuleLevel.MUST, "writes acknowledged when durable",
            "A buffered write (write_iter) MUST NOT return before the writeback of every folio it started has ended"
                    + " and every bio it submitted has completed (the model writes back at once, as O_SYNC).",
            "K-VMSCAN-7, K-WB-4; mm/filemap.c folio_end_writeback, fs/xfs/xfs_aops.c; docs/model.md");

    static final List<Rule> ALL = List.of(FS_1, FS_2, FS_3, FS_4, FS_5);
}
