package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/** The page allocator's contract, ALLOC-n (mm/page_alloc.c), checked by the {@code allocator} suite. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class AllocatorRules {
    private AllocatorRules() {
    }

    public static final Rule ALLOC_1 = new Rule(RuleIds.ALLOC_1, RuleLevel.MUST, "fast path at LOW",
            "An order-n request made while free pages minus (2^n - 1) are above the zone's LOW watermark MUST succeed"
                    + " from the fast path, without waking kswapd and without direct reclaim.",
            "K-ALLOC-2, K-ALLOC-3; mm/page_alloc.c get_page_from_freelist, __zone_watermark_ok");

    public static final Rule ALLOC_2 = new Rule(RuleIds.ALLOC_2, RuleLevel.MUST, "slow path wakes kswapd",
            "A request with __GFP_KSWAPD_RECLAIM that misses the LOW watermark MUST wake kswapd"
                    + " (mm_vmscan_wakeup_kswapd) before it returns, unless kswapd is already awake.",
            "K-ALLOC-7, K-VMSCAN-15; mm/page_alloc.c __alloc_pages_slowpath wake_all_kswapds");

    public static final Rule ALLOC_3 = new Rule(RuleIds.ALLOC_3, RuleLevel.MUST, "slow path at MIN",
            "A request without reserve rights that misses LOW MUST succeed if free pages minus (2^n - 1) are above MIN,"
                    + " and MUST NOT take pages at or below MIN unless reclaim freed memory meanwhile.",
            "K-ALLOC-2, K-ALLOC-3, K-ALLOC-7; mm/page_alloc.c __alloc_pages_slowpath");

    public static final Rule ALLOC_4 = new Rule(RuleIds.ALLOC_4, RuleLevel.MUST, "reserves as the flags allow",
            "__GFP_HIGH MUST reach half of MIN (and a quarter of the rest without __GFP_DIRECT_RECLAIM), PF_MEMALLOC and"
                    + " __GFP_MEMALLOC every free page, and __GFP_NOMEMALLOC MUST withdraw the latter two: a request"
                    + " succeeds exactly when its reserve allows.",
            "K-ALLOC-4, K-ALLOC-5, K-ALLOC-6, K-SCOPE-4; mm/page_alloc.c __gfp_pfmemalloc_flags, __zone_watermark_ok");

    public static final Rule ALLOC_5 = new Rule(RuleIds.ALLOC_5, RuleLevel.MUST, "no direct reclaim under PF_MEMALLOC",
            "A request made by a task with PF_MEMALLOC MUST NOT enter direct reclaim; if its reserves do not suffice,"
                    + " it fails.",
            "K-ALLOC-8, K-SCOPE-4; mm/page_alloc.c __alloc_pages_slowpath");

    public static final Rule ALLOC_6 = new Rule(RuleIds.ALLOC_6, RuleLevel.MUST, "NORETRY, RETRY_MAYFAIL and costly orders fail",
            "A request with __GFP_NORETRY or __GFP_RETRY_MAYFAIL, or of a costly order (> 3), that memory cannot satisfy"
                    + " MUST return failure without invoking the OOM killer.",
            "K-GFP-4, K-GFP-5, K-ALLOC-7, K-ALLOC-11; mm/page_alloc.c __alloc_pages_slowpath, __alloc_pages_may_oom");

    public static final Rule ALLOC_7 = new Rule(RuleIds.ALLOC_7, RuleLevel.MUST, "NOFAIL never fails and warns",
            "A blocking __GFP_NOFAIL request MUST NOT fail, and one that enters the slow path with an order above 1 or"
                    + " under PF_MEMALLOC MUST warn once (WARN_ON_ONCE: Warning nofail-order, nofail-pf-memalloc).",
            "K-GFP-5, K-ALLOC-13, K-ALLOC-14; mm/page_alloc.c __alloc_pages_slowpath");

    public static final Rule ALLOC_8 = new Rule(RuleIds.ALLOC_8, RuleLevel.MUST, "scoped mask at entry",
            "Every request MUST be traced at entry (AllocRequested) with the caller's mask and current_gfp_context of it"
                    + " as the effective mask, and its direct reclaim MUST run with that effective mask.",
            "K-SCOPE-2, K-SCOPE-3, K-RECLAIM-4; mm/page_alloc.c __alloc_pages, __perform_reclaim");

    public static final Rule ALLOC_9 = new Rule(RuleIds.ALLOC_9, RuleLevel.MUST, "no OOM kill without __GFP_FS",
            "A non-costly request without __GFP_FS (GFP_NOFS, GFP_NOIO, or a NOFS scope) MUST NOT invoke the OOM killer"
                    + " and MUST NOT fail: it keeps retrying until memory is freed.",
            "K-ALLOC-12, K-OOM-2, K-GFP-4; mm/page_alloc.c __alloc_pages_may_oom, mm/oom_kill.c out_of_memory");

    public static final Rule ALLOC_10 = new Rule(RuleIds.ALLOC_10, RuleLevel.MUST, "NORETRY and costly orders reclaim once",
            "A request with __GFP_NORETRY, or of a costly order (> 3) without __GFP_RETRY_MAYFAIL, neither with"
                    + " __GFP_NOFAIL, MUST enter direct reclaim at most once: if that reclaim does not make the request"
                    + " succeed, it fails.",
            "K-ALLOC-10, K-GFP-4, K-GFP-5; mm/page_alloc.c __alloc_pages_slowpath (goto nopage after the first"
                    + " __alloc_pages_direct_reclaim)");

    static final List<Rule> ALL = List.of(ALLOC_1, ALLOC_2, ALLOC_3, ALLOC_4, ALLOC_5, ALLOC_6, ALLOC_7, ALLOC_8, ALLOC_9,
            ALLOC_10);
}
