package org.reclaimtck.ref.vmscan;

import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.mm.NodeStat;
import org.reclaimtck.ref.runtime.SimRuntime;

/**
 * The one memory node: models {@code pg_data_t} ({@code include/linux/mmzone.h}) as reclaim sees it: its lruvecs (one per
 * memcg, {@link MemcgLruvecs}), its
 * page counters, {@code reclaim_wait[]}, and the flags kswapd sets from what it scanned: {@code PGDAT_DIRTY},
 * {@code PGDAT_WRITEBACK}, {@code LRUVEC_CONGESTED} (K-VMSCAN-11, K-VMSCAN-12). The page cache calls in here when a
 * folio's writeback ends ({@link #folioEndWriteback}).
 */
public final class Pgdat {
    final Lruvec lruvec = new Lruvec();
    final MemcgLruvecs memcgs = new MemcgLruvecs(lruvec);
    final NodeStat stat = new NodeStat();
    final ReclaimThrottle throttle;
    private final boolean rotate;
    boolean dirty;
    boolean writeback;
    boolean congested;

    Pgdat(SimRuntime rt, boolean rotate, boolean noprogressHz10) {
        this.throttle = new ReclaimThrottle(rt, stat, noprogressHz10);
        this.rotate = rotate;
    }

    /** The root memcg's lruvec (every folio's while no memory cgroup exists). */
    public Lruvec lruvec() {
        return lruvec;
    }

    /** {@code folio_lruvec}: the lruvec a folio is added to and removed from (its memcg's). */
    public Lruvec folioLruvec(KernelFolio folio) {
        return memcgs.folioLruvec(folio);
    }

    /** The node's lruvecs, one per memcg. */
    public MemcgLruvecs memcgs() {
        return memcgs;
    }

    /** File folios on every lruvec of the node. */
    public long filePages() {
        return memcgs.filePages();
    }

    /** Anon folios on every lruvec of the node. */
    public long anonPages() {
        return memcgs.anonPages();
    }

    public NodeStat stat() {
        return stat;
    }

    /**
     * The LRU side of {@code folio_end_writeback} ({@code mm/filemap.c}): a PG_reclaim folio has the flag cleared and is
     * rotated to the inactive tail ({@code folio_rotate_reclaimable}); every ended writeback is counted for WRITEBACK
     * throttling (K-VMSCAN-7). The caller has cleared PG_writeback.
     */
    public void folioEndWriteback(KernelFolio folio) {
        if (folio.isReclaim()) {
            folio.setReclaim(false);
            if (rotate && !folio.isLocked() && !folio.isDirtyFlag()) {
                folioLruvec(folio).rotateToTail(folio);
            }
        }
        throttle.acctReclaimWriteback();
    }

    /** {@code clear_pgdat_congested}: kswapd found the node balanced. */
    void clearCongested() {
        congested = false;
        dirty = false;
        writeback = false;
    }
}
