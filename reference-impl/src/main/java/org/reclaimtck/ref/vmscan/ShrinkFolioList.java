package org.reclaimtck.ref.vmscan;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * One pass over isolated folios: models {@code shrink_folio_list} and {@code folio_check_references} of
 * {@code mm/vmscan.c} in a kernel without {@code ->writepage} in reclaim (v6.17+): folios it cannot trylock are kept;
 * dirty-or-writeback, dirty-unqueued and congested folios are counted (K-VMSCAN-1); a folio under writeback is
 * "immediate" for kswapd on a PGDAT_WRITEBACK node, else gets PG_reclaim; both are activated, never waited for
 * (K-VMSCAN-2); a dirty file folio gets PG_reclaim and is activated for the flushers (K-VMSCAN-5, K-WB-3); a clean one
 * leaves its mapping and is freed. Anon folios (swap, K-VMSCAN-4) are kept until swap is modelled.
 */
final class ShrinkFolioList {
    /** What became of the folios: the freed count, the folios to put back active, and those kept inactive. */
    static final class Result {
        long reclaimed;
        final List<KernelFolio> activate = new ArrayList<>();
        final List<KernelFolio> keep = new ArrayList<>();
    }

    private ShrinkFolioList() {
    }

    static Result shrink(List<KernelFolio> folios, Pgdat pgdat, PageAllocator pages, boolean kswapd,
                         ReclaimStat stat, Flushers pageout) {
        Result r = new Result();
        for (KernelFolio f : folios) {
            if (!f.trylock()) {
                r.keep.add(f);
                continue;
            }
            Fate fate = decide(f, pgdat, kswapd, stat, pageout != null);
            if (fate == Fate.PAGEOUT) {
                // pageout: ->writepage unlocks the folio; under writeback now, it is kept for the rotation
                f.unlock();
                pageout.pageout(f);
                r.keep.add(f);
                continue;
            }
            if (fate == Fate.FREE && f.removeMapping()) {
                f.unlock();
                pages.freePages(f.pfn(), 0);
                r.reclaimed++;
                continue;
            }
            if (fate == Fate.ACTIVATE) {
                f.setActive(true);
                if (f.isFileLru()) {
                    stat.activateFile++;
                } else {
                    stat.activateAnon++;
                }
                r.activate.add(f);
            } else {
                r.keep.add(f);
            }
            f.unlock();
        }
        return r;
    }

    private enum Fate { FREE, ACTIVATE, KEEP, PAGEOUT }

    private static Fate decide(KernelFolio f, Pgdat pgdat, boolean kswapd, ReclaimStat stat, boolean writepage) {
        boolean dirty = f.isDirtyFlag();
        boolean writeback = f.isWritebackFlag();
        if (f.isFileLru()) {
            // folio_check_dirty_writeback
            if (dirty || writeback) {
                stat.dirty++;
            }
            if (dirty && !writeback) {
                stat.unqueuedDirty++;
            }
            if (writeback && f.isReclaim()) {
                stat.congested++;
            }
        }
        if (writeback) {
            if (kswapd && f.isReclaim() && pgdat.writeback) {
                stat.immediate++;
                pgdat.stat().vmscanImmediate++;
            } else {
                f.setReclaim(true);
                stat.writeback++;
            }
            return Fate.ACTIVATE;
        }
        // folio_check_references: a mapped, referenced folio stays; an unmapped one's PG_referenced is only cleared
        boolean referenced = f.testClearReferenced();
        if (f.isMapped() && referenced) {
            stat.refKeep++;
            return Fate.ACTIVATE;
        }
        if (!f.isFileLru()) {
            return Fate.KEEP;
        }
        if (dirty && writepage && kswapd && pgdat.dirty) {
            // kernels that let kswapd write: a dirty file folio it meets on a PGDAT_DIRTY node goes to pageout
            return Fate.PAGEOUT;
        }
        if (dirty) {
            // v6.17+: never written from reclaim; tagged for immediate reclaim once the flushers wrote it
            pgdat.stat().vmscanImmediate++;
            f.setReclaim(true);
            return Fate.ACTIVATE;
        }
        return Fate.FREE;
    }
}
