package org.reclaimtck.ref.mm;

/**
 * One page-table entry of a task's anonymous memory: models a {@code pte_t} of {@code mm/memory.c} that maps either a
 * resident anonymous folio ({@code pte_present}) or a swap entry ({@code swp_entry_t}, {@code is_swap_pte}) after
 * {@code try_to_unmap} (K-VMSCAN-4).
 */
public final class AnonPte {
    final MmStruct mm;
    AnonFolio folio;
    long swapEntry = -1;

    AnonPte(MmStruct mm, AnonFolio folio) {
        this.mm = mm;
        this.folio = folio;
    }

    public MmStruct mm() {
        return mm;
    }

    /** {@code pte_present}: the folio mapped here, or null for a swap entry. */
    public AnonFolio folio() {
        return folio;
    }

    /** {@code pte_to_swp_entry}: the swap slot, or -1 while present. */
    public long swapEntry() {
        return swapEntry;
    }

    /**
     * The PTE half of {@code try_to_unmap_one}: the present PTE becomes the folio's swap entry, {@code MM_ANONPAGES}
     * goes down and {@code MM_SWAPENTS} up; the folio is no longer mapped.
     */
    public void setSwapEntry(long entry) {
        if (folio == null || entry < 0) {
            throw new IllegalStateException("try_to_unmap of a PTE that maps no folio or with no swap entry");
        }
        folio.setMapped(false);
        folio.pte = null;
        folio = null;
        swapEntry = entry;
        mm.rssAnon--;
        mm.swapEnts++;
    }

    /** {@code do_swap_page}'s {@code set_pte_at}: the swap entry is replaced by the swapped-in folio. */
    public void mapSwappedIn(AnonFolio f) {
        if (folio != null) {
            throw new IllegalStateException("do_swap_page on a present PTE");
        }
        folio = f;
        f.pte = this;
        f.setMapped(true);
        swapEntry = -1;
        mm.rssAnon++;
        mm.swapEnts--;
    }
}
