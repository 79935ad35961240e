package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The forward-progress rules of reclaim over dirty page cache, FP-2..FP-6 (S6, the 2022 {@code ->writepage} thread):
 * reclaim never writes file folios, its throttling is bounded, {@code sync} makes dirty data durable, no OOM while
 * cleanable file memory exists, direct reclaim's and kswapd's latency stay bounded, and folios written back for
 * reclaim are reclaimed first (mm/vmscan.c, mm/page-writeback.c, mm/filemap.c).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public final class ForwardProgressRules {
    private ForwardProgressRules() {
    }

    /** FP-2. */
    public static final Rule FP_2 = new Rule(RuleIds.FP_2, RuleLevel.MUST, "reclaim never writes file folios",
            "A reclaimer (direct reclaim, kswapd, a shrinker's scan_objects) MUST NOT call a filesystem's writepages"
                    + " or start writeback of a file folio: it tags dirty folios PG_reclaim, activates them and leaves"
                    + " them to the flushers.",
            "K-VMSCAN-5, K-WB-3; mm/vmscan.c shrink_folio_list; the 2022 ->writepage thread");

    /** FP-3. */
    public static final Rule FP_3 = new Rule(RuleIds.FP_3, RuleLevel.MUST, "reclaim throttling is bounded",
            "Every reclaim_throttle sleep (mm_vmscan_throttled) MUST end within its reason's timeout: HZ/10 for"
                    + " WRITEBACK, HZ/50 for ISOLATED, one jiffy for NOPROGRESS and CONGESTED (at most 100, 20 and 10 ms), and"
                    + " no reclaimer may still be throttled when the workload ends.",
            "K-VMSCAN-10; mm/vmscan.c reclaim_throttle");

    /** FP-4. */
    public static final Rule FP_4 = new Rule(RuleIds.FP_4, RuleLevel.MUST, "sync makes dirty data durable",
            "When sync returns, every folio dirtied before it began MUST have been written back since its last"
                    + " dirtying (folio_start_writeback, then folio_end_writeback) and every write bio submitted for"
                    + " it MUST have completed.",
            "K-WB-1; fs/sync.c ksys_sync, mm/filemap.c filemap_write_and_wait");

    /** FP-5. */
    public static final Rule FP_5 = new Rule(RuleIds.FP_5, RuleLevel.MUST, "no OOM while file memory is cleanable",
            "The kernel MUST NOT declare out of memory (an OOM kill or OutOfMemory) while the reclaim that preceded"
                    + " it found dirty or writeback file folios: the flushers can clean them and writeback completion"
                    + " makes them reclaimable.",
            "K-VMSCAN-7, K-VMSCAN-8, K-VMSCAN-13, K-WB-3; S6");

    /** FP-6. */
    public static final Rule FP_6 = new Rule(RuleIds.FP_6, RuleLevel.SHOULD, "direct reclaim latency is bounded",
            "The 99th percentile of the virtual time one direct reclaim takes (mm_vmscan_direct_reclaim_begin to"
                    + " _end) SHOULD stay under 50 ms, and no single direct reclaim SHOULD exceed 1 s.",
            "K-VMSCAN-7, K-VMSCAN-10; S6");

    /** FP-7. */
    public static final Rule FP_7 = new Rule(RuleIds.FP_7, RuleLevel.MUST, "written-back PG_reclaim folios are reclaimed first",
            "A file folio reclaim tagged PG_reclaim whose writeback ended clean MUST be reclaimed before reclaim frees"
                    + " more than SWAP_CLUSTER_MAX (32) other file folios: folio_end_writeback rotates it to the"
                    + " inactive tail, where the next reclaim pass takes it.",
            "K-VMSCAN-7, K-WB-3; mm/filemap.c folio_end_writeback, mm/swap.c folio_rotate_reclaimable");

    /** FP-8. */
    public static final Rule FP_8 = new Rule(RuleIds.FP_8, RuleLevel.SHOULD, "kswapd's runs are bounded",
            "The 99th percentile of kswapd's runs (mm_vmscan_wakeup_kswapd to mm_vmscan_kswapd_sleep) SHOULD stay"
                    + " under 100 ms of virtual time (one WRITEBACK throttle, HZ/10), and no run SHOULD exceed 1.2 s"
                    + " (DEF_PRIORITY such throttles).",
            "K-VMSCAN-11, K-VMSCAN-14, K-VMSCAN-15, K-SHRINK-5; mm/vmscan.c balance_pgdat, kswapd");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(FP_2, FP_3, FP_4, FP_5, FP_6, FP_7, FP_8);
}
