package org.reclaimtck.ref.vmscan;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.mm.AnonFolio;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.runtime.GfpContext;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * One pass over isolated folios: models {@code shrink_folio_list} and {@code folio_check_references} of
 * {@code mm/vmscan.c} in a kernel without {@code ->writepage} in reclaim (v6.17+): folios it cannot trylock are kept;
 * dirty-or-writeback, dirty-unqueued and congested folios are counted (K-VMSCAN-1); a folio under writeback is
 * "immediate" for kswapd on a PGDAT_WRITEBACK node, else gets PG_reclaim; both are activated, never waited for
 * (K-VMSCAN-2); a dirty file folio gets PG_reclaim and is activated for the flushers (K-VMSCAN-5, K-WB-3); a clean one
 * leaves its mapping and is freed. An anon folio outside the swap cache needs {@code __GFP_IO} to get a slot
 * ({@code add_to_swap}, K-VMSCAN-4), is unmapped ({@code try_to_unmap}) and, dirty, written to swap when
 * {@code may_enter_fs} allows: {@code __GFP_FS}, or {@code __GFP_IO} for a swap-cache folio on a swap device that is a
 * block device (K-VMSCAN-3); a clean swap-cache folio leaves the swap cache and is freed.
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
                         ReclaimStat stat, Flushers pageout, Gfp gfp, SwapOps swap, GfpContext policy) {
        Result r = new Result();
        for (KernelFolio f : folios) {
            if (!f.trylock()) {
                r.keep.add(f);
                continue;
            }
            Fate fate = decide(f, pgdat, kswapd, stat, pageout != null);
            if (fate == Fate.ANON) {
                fate = anon((AnonFolio) f, gfp, swap, policy);
            }
            if (fate == Fate.SWAP_WRITEPAGE) {
                // pageout: PG_reclaim, then swap_writepage unlocks it under writeback; kept for the rotation
                f.setReclaim(true);
                swap.swapWritepage((AnonFolio) f);
                r.keep.add(f);
                continue;
            }
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

    private enum Fate { FREE, ACTIVATE, KEEP, PAGEOUT, ANON, SWAP_WRITEPAGE }

    /**
     * The anon branch: {@code add_to_swap} needs {@code __GFP_IO} (else keep_locked); a full swap activates it;
     * {@code try_to_unmap}; a dirty swap-cache folio goes to pageout if {@code may_enter_fs}, else is kept.
     */
    private static Fate anon(AnonFolio f, Gfp gfp, SwapOps swap, GfpContext policy) {
        if (!f.inSwapCache()) {
            if (!f.isMapped()) {
                // its owner unmapped it while reclaim held it: nothing to write, just free
                return Fate.FREE;
            }
            if (!gfp.allowsIo()) {
                return Fate.KEEP;
            }
            if (!swap.addToSwap(f)) {
                return Fate.ACTIVATE;
            }
        }
        if (f.isMapped()) {
            swap.tryToUnmap(f);
        }
        if (f.isDirtyFlag()) {
            return policy.mayEnterFs(true, false, gfp) ? Fate.SWAP_WRITEPAGE : Fate.KEEP;
        }
        return Fate.FREE;
    }

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
            return Fate.ANON;
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
