package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Swap's rules (SWAP-n, mm/vmscan.c and mm/swap_state.c), checked by the {@code forward-progress} suite on what the
 * kernel traced: each direct reclaim, its {@code mm_vmscan_lru_shrink_inactive} passes over the anon list and the
 * {@code swap_writepage} calls it made.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public final class SwapRules {
    private SwapRules() {
    }

    /** SWAP-1. */
    public static final Rule SWAP_1 = new Rule(RuleIds.SWAP_1, RuleLevel.MUST, "NOFS reclaim can swap",
            "A direct reclaim for a request made in a NOFS context (the caller's mask keeps __GFP_IO, __GFP_FS is"
                    + " cleared by GFP_NOFS or memalloc_nofs_save) that scans anon folios with a swap device on MUST"
                    + " be able to swap them: a direct reclaim whose passes over the inactive anon list kept folios it"
                    + " neither freed, activated (swap full, referenced) nor found under writeback, and that made no"
                    + " swap_writepage, is a NOFS reclaimer denied swap.",
            "K-VMSCAN-3, K-VMSCAN-4, K-SCOPE-3; mm/vmscan.c shrink_folio_list (add_to_swap needs __GFP_IO,"
                    + " may_enter_fs), include/linux/sched/mm.h current_gfp_context; the 2020 NOIO/NOFS thread (S7)");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(SWAP_1);
}
