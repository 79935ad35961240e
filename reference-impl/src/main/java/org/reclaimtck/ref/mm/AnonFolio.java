package org.reclaimtck.ref.mm;

import org.reclaimtck.ref.runtime.SimRuntime;

/**
 * An anonymous folio: models a swap-backed {@code struct folio} with its reverse map to the one PTE that maps it
 * ({@code folio->mapping} as an {@code anon_vma}, one mapper in this model) and {@code folio->swap} while it is in the
 * swap cache ({@code folio_test_swapcache}, {@code mm/swap_state.c}); K-VMSCAN-3, K-VMSCAN-4.
 */
public final class AnonFolio extends KernelFolio {
    private final SimRuntime rt;
    private final String owner;
    private final SwapBackend swap;
    /** The PTE that maps it, or null once unmapped (swapped out or the owner's memory is gone). */
    AnonPte pte;
    private long swapEntry = -1;

    public AnonFolio(SimRuntime rt, long pfn, String owner, SwapBackend swap) {
        super(pfn, true);
        this.rt = rt;
        this.owner = owner;
        this.swap = swap;
    }

    @Override
    protected SimRuntime rt() {
        return rt;
    }

    @Override
    public String describe() {
        return "anon pfn " + pfn() + " of " + owner + (swapEntry >= 0 ? " swap " + swapEntry : "");
    }

    /** The comm of the task whose memory it is. */
    public String owner() {
        return owner;
    }

    /** The rmap walk's target: the PTE mapping it, or null. */
    public AnonPte pte() {
        return pte;
    }

    /** {@code folio_test_swapcache}. */
    public boolean inSwapCache() {
        return swapEntry >= 0;
    }

    /** {@code folio->swap}: the slot while in the swap cache, else -1. */
    public long swapEntry() {
        return swapEntry;
    }

    /** Set by the swap cache only ({@code add_to_swap_cache} / {@code __delete_from_swap_cache}). */
    public void setSwapEntry(long entry) {
        this.swapEntry = entry;
    }

    /**
     * The swap-cache branch of {@code __remove_mapping}: an unmapped, clean folio leaves the swap cache (its slot
     * stays with the PTEs that hold the entry); an anon folio outside the swap cache is simply unmapped memory.
     */
    @Override
    public boolean removeMapping() {
        if (isMapped() || isDirtyFlag() || isWritebackFlag()) {
            return false;
        }
        if (inSwapCache()) {
            swap.deleteFromSwapCache(this);
        }
        return true;
    }
}
