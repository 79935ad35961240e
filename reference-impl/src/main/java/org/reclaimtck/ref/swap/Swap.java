package org.reclaimtck.ref.swap;

import org.reclaimtck.ref.block.Gendisk;
import org.reclaimtck.ref.block.BlockLayerCore;
import org.reclaimtck.ref.mm.MemcgCharge;
import org.reclaimtck.ref.mm.AnonFolio;
import org.reclaimtck.ref.mm.AnonPte;
import org.reclaimtck.ref.mm.SwapBackend;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.vmscan.Pgdat;
import org.reclaimtck.ref.vmscan.SwapOps;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * Swap: models {@code swapon} and the swap paths of {@code mm/swapfile.c}, {@code mm/swap_state.c},
 * {@code mm/rmap.c} ({@code try_to_unmap}) and {@code mm/memory.c} ({@code do_swap_page}). The swap device is a block
 * device of the stack (a disk, a loop device, a dm target), so swap-out and swap-in are bios through the block layer
 * (K-VMSCAN-3, K-VMSCAN-4). One swap device; swap readahead and swap clusters are not modelled.
 */
public final class Swap implements SwapBackend, SwapOps {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final Pgdat pgdat;
    private MemcgCharge memcg = MemcgCharge.NONE;
    private final SwapCache cache = new SwapCache();
    private final SwapIo io;
    private SwapInfo si;

    public Swap(SimRuntime rt, PageAllocator pages, Pgdat pgdat, BlockLayerCore block) {
        this.rt = rt;
        this.pages = pages;
        this.pgdat = pgdat;
        this.io = new SwapIo(rt, block, pgdat);
    }

    /** {@code swapon /dev/<device>} with {@code nrPages} slots; one swap device per machine. */
    public void swapon(Gendisk device, long nrPages) {
        if (si != null) {
            throw new IllegalStateException("swapon /dev/" + device.name() + ": /dev/" + si.device().name()
                    + " is the swap device already (one is modelled)");
        }
        si = new SwapInfo(device, Math.toIntExact(nrPages));
    }

    /** {@code get_nr_swap_pages}: free slots (0 without swap). */
    public long nrFreeSwapPages() {
        return si == null ? 0 : si.nrFree();
    }

    /** Binds the memory controller: a swapped-in folio is charged ({@code mem_cgroup_swapin_charge_folio}). */
    public void bindMemcg(MemcgCharge memcg) {
        this.memcg = memcg;
    }

    @Override
    public boolean swapOn() {
        return si != null;
    }

    @Override
    public boolean canReclaimAnon() {
        return si != null && (si.nrFree() > 0 || cache.size() > 0);
    }

    @Override
    public void lruAdd(AnonFolio folio) {
        pgdat.folioLruvec(folio).addFolio(folio);
    }

    @Override
    public boolean freeUnmapped(AnonFolio folio) {
        if (si == null) {
            return true;
        }
        if (!folio.onLru() || folio.isLocked() || folio.isWritebackFlag()) {
            return false; // reclaim holds it, or it is being written: reclaim frees it, unmapped, later
        }
        pgdat.folioLruvec(folio).delFolio(folio);
        if (folio.inSwapCache()) {
            deleteFromSwapCache(folio);
        }
        return true;
    }

    @Override
    public boolean addToSwap(AnonFolio folio) {
        long slot = si.getSwapPage();
        if (slot < 0) {
            return false;
        }
        cache.add(slot, folio);
        folio.testSetDirty();
        return true;
    }

    @Override
    public void tryToUnmap(AnonFolio folio) {
        AnonPte pte = folio.pte();
        if (pte == null) {
            return;
        }
        si.duplicate(folio.swapEntry());
        pte.setSwapEntry(folio.swapEntry());
    }

    @Override
    public void swapWritepage(AnonFolio folio) {
        io.writepage(si, folio, folio.owner());
    }

    @Override
    public void deleteFromSwapCache(AnonFolio folio) {
        long slot = folio.swapEntry();
        cache.delete(folio);
        si.uncache(slot);
    }

    @Override
    public void swapFree(long entry) {
        si.free(entry);
    }

    /**
     * {@code do_swap_page}: the slot's folio from the swap cache (locked: a traced wait while reclaim holds it), or a
     * new page ({@code GFP_HIGHUSER_MOVABLE}, may reclaim) added to the swap cache and the LRU and read from the swap
     * device (a traced wait on the read bio); then mapped. False if the allocation failed or the PTE was zapped
     * meanwhile (the OOM reaper).
     */
    @Override
    public boolean swapIn(AnonPte pte) {
        long entry = pte.swapEntry();
        while (true) {
            AnonFolio f = cache.lookup(entry);
            if (f != null) {
                f.lock();
                if (f.swapEntry() != entry) {
                    f.unlock();
                    continue;
                }
                return mapAndUnlock(pte, f, entry);
            }
            long pfn = pages.allocPages(Gfp.GFP_HIGHUSER_MOVABLE, 0);
            if (pfn < 0) {
                return false;
            }
            if (!memcg.chargeFolio(pfn, Gfp.GFP_HIGHUSER_MOVABLE)) {
                // mem_cgroup_swapin_charge_folio failed: VM_FAULT_OOM
                pages.freePages(pfn, 0);
                return false;
            }
            if (cache.lookup(entry) != null || pte.swapEntry() != entry) {
                pages.freePages(pfn, 0);
                if (pte.swapEntry() != entry) {
                    return false;
                }
                continue;
            }
            f = new AnonFolio(rt, pfn, rt.current().comm(), this);
            f.lock();
            si.swapcachePrepare(entry);
            cache.add(entry, f);
            lruAdd(f);
            io.readFolio(si, entry);
            return mapAndUnlock(pte, f, entry);
        }
    }

    private boolean mapAndUnlock(AnonPte pte, AnonFolio f, long entry) {
        boolean mapped = pte.swapEntry() == entry;
        if (mapped) {
            pte.mapSwappedIn(f);
            si.free(entry);
        }
        f.unlock();
        return mapped;
    }
}
