package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/** The reclaim core around shrinkers, RECLAIM-n (mm/shrinker.c, mm/vmscan.c), checked by the {@code reclaim} suite. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class ReclaimRules {
    private ReclaimRules() {
    }

    public static final Rule RECLAIM_1 = new Rule(RuleIds.RECLAIM_1, RuleLevel.MUST, "do_shrink_slab's arithmetic",
            "Each shrinker call MUST ask for delta = (freeable >> priority) x 4 / seeks (freeable / 2 if seeks is 0)"
                    + " plus deferred >> priority, at most 2 x freeable, in batches of min(128, rest) while the rest is"
                    + " at least 128 or at least freeable, and carry max(deferred + delta - scanned, 0), at most"
                    + " 2 x freeable, to the shrinker's next call.",
            "K-SHRINK-2; mm/shrinker.c do_shrink_slab");

    public static final Rule RECLAIM_2 = new Rule(RuleIds.RECLAIM_2, RuleLevel.MUST, "SHRINK_STOP ends the round",
            "After scan_objects returns SHRINK_STOP the kernel MUST NOT call that shrinker's scan_objects again in the"
                    + " same do_shrink_slab call, and MUST NOT count the stopped batch as scanned.",
            "K-SHRINK-1, K-SHRINK-2; mm/shrinker.c do_shrink_slab");

    public static final Rule RECLAIM_3 = new Rule(RuleIds.RECLAIM_3, RuleLevel.MUST, "shrinkers get the caller's scoped mask",
            "A shrinker MUST be called with the gfp mask of the reclaim that runs it: the scoped mask of direct and"
                    + " proactive reclaim (current_gfp_context), GFP_KERNEL in kswapd.",
            "K-RECLAIM-4, K-SCOPE-3, K-VMSCAN-14; mm/vmscan.c shrink_node_memcgs, balance_pgdat");

    public static final Rule RECLAIM_4 = new Rule(RuleIds.RECLAIM_4, RuleLevel.MUST, "kswapd balances to HIGH",
            "kswapd, once woken, MUST reclaim until free pages are above the HIGH watermark before it sleeps again"
                    + " (mm_vmscan_kswapd_sleep), as long as its shrinkers can free memory.",
            "K-VMSCAN-14, K-VMSCAN-15; mm/vmscan.c balance_pgdat, pgdat_balanced, kswapd_try_to_sleep");

    public static final Rule RECLAIM_5 = new Rule(RuleIds.RECLAIM_5, RuleLevel.MUST, "proactive reclaim under PF_MEMALLOC",
            "Proactive reclaim (Kernel.reclaim().tryToFreePages, memory.reclaim) MUST run every shrinker under"
                    + " PF_MEMALLOC, so allocations the shrinkers make cannot recurse into reclaim.",
            "K-SCOPE-5, K-ALLOC-8; mm/vmscan.c try_to_free_mem_cgroup_pages");

    public static final Rule RECLAIM_6 = new Rule(RuleIds.RECLAIM_6, RuleLevel.MUST, "hopeless kswapd is left alone",
            "After MAX_RECLAIM_RETRIES (16) kswapd runs in a row that reclaimed nothing and left the node below HIGH,"
                    + " wakeup_kswapd MUST NOT wake kswapd again until the node is balanced.",
            "K-VMSCAN-14, K-VMSCAN-15, K-VMSCAN-16; mm/vmscan.c balance_pgdat, wakeup_kswapd");

    static final List<Rule> ALL = List.of(RECLAIM_1, RECLAIM_2, RECLAIM_3, RECLAIM_4, RECLAIM_5, RECLAIM_6);
}
