package org.reclaimtck.ref.vmscan;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * The reclaim core as a selectable mechanism ({@code mm/vmscan.c}): the kernel's semantics without {@code ->writepage}
 * in reclaim (v6.17+, K-VMSCAN-5) by default, and the historical or proposed variants of S6, each failing a named
 * forward-progress rule. Selected with {@code -Dreclaimtck.variant=vmscan:<name>}.
 */
public final class VmscanType implements PartType {
    public static final String NAME = "vmscan";
    public static final String NO_WRITEPAGE = "no-writepage";
    public static final String NO_FLUSHER_WAKEUP = "no-flusher-wakeup";
    public static final String NO_RECLAIM_ROTATION = "no-reclaim-rotation";
    public static final String NOPROGRESS_GIVES_UP = "noprogress-gives-up";
    public static final String NOPROGRESS_HZ10 = "noprogress-hz10";
    public static final String KSWAPD_WRITEPAGE = "kswapd-writepage";
    public static final String KSWAPD_CONGESTION_WAIT = "kswapd-congestion-wait";
    public static final String SHRINK_SLAB_IN_RCU_SECTION = "shrink-slab-in-rcu-section";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "page reclaim: LRU, shrink_folio_list, reclaim_throttle, kswapd (mm/vmscan.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, NO_WRITEPAGE, true, "v6.17+: dirty file folios get PG_reclaim and are activated,"
                        + " flushers are woken, writeback completion rotates them (K-VMSCAN-5, -7, -8)"),
                new Variant(NAME, NO_FLUSHER_WAKEUP, false, "reclaim never calls wakeup_flusher_threads when the"
                        + " tail is all dirty and unqueued (S6)"),
                new Variant(NAME, NO_RECLAIM_ROTATION, false, "folio_end_writeback does not rotate PG_reclaim folios"
                        + " to the inactive tail (S6)"),
                new Variant(NAME, NOPROGRESS_GIVES_UP, false, "direct reclaim at priority 1 with nothing reclaimed"
                        + " does not throttle NOPROGRESS, so the allocator's retries run out before writeback (S6)"),
                new Variant(NAME, NOPROGRESS_HZ10, false, "v5.16-rc1: NOPROGRESS and CONGESTED throttles sleep HZ/10,"
                        + " not one jiffy (before 'mm/vmscan: reduce throttling due to a failure to make progress')"),
                new Variant(NAME, KSWAPD_WRITEPAGE, false, "kernels before the 2022 thread let kswapd write: on a"
                        + " PGDAT_DIRTY node it writes the dirty file folios it meets itself, through the filesystem"
                        + " (pageout); FP-2"),
                new Variant(NAME, KSWAPD_CONGESTION_WAIT, false, "v2.6.36..v3.x balance_pgdat: kswapd naps"
                        + " congestion_wait(BLK_RW_ASYNC, HZ/10) after every priority below DEF_PRIORITY - 2 that"
                        + " scanned anything, a full HZ/10 once devices no longer signal congestion; FP-8"),
                new Variant(NAME, SHRINK_SLAB_IN_RCU_SECTION, false, "the lockless shrinker walk (v6.7+) without"
                        + " shrinker_try_get and rcu_read_unlock around do_shrink_slab: every shrinker runs inside"
                        + " an RCU read-side section, so one that sleeps sleeps there (S10); RCU-1"));
    }
}
