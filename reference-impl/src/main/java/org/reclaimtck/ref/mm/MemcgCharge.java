package org.reclaimtck.ref.mm;

import org.reclaimtck.spi.gfp.Gfp;

/**
 * What mm, the page cache and swap need from the memory controller, implemented one layer up by {@code memcg}: models
 * the calls into {@code mm/memcontrol.c}: {@code mem_cgroup_charge} of a new user folio (anon fault, page cache,
 * swap-in), {@code __memcg_kmem_charge_page} of a {@code __GFP_ACCOUNT} allocation, and the uncharge when the page is
 * freed ({@code mem_cgroup_uncharge}, {@code __memcg_kmem_uncharge_page}). Each charge runs {@code try_charge_memcg}
 * (K-ALLOC-16) in the current task's memcg.
 */
public interface MemcgCharge {
    /** No memory controller: nothing is charged. */
    MemcgCharge NONE = new MemcgCharge() {
        @Override
        public boolean chargeFolio(long pfn, Gfp gfp) {
            return true;
        }

        @Override
        public boolean chargeKmem(long pfn, Gfp gfp, int order) {
            return true;
        }

        @Override
        public void uncharge(long pfn, int order) {
        }

        @Override
        public int memcgId(long pfn) {
            return 0;
        }
    };

    /** {@code mem_cgroup_charge(folio, mm, gfp)}: false is -ENOMEM (the caller frees the page). */
    boolean chargeFolio(long pfn, Gfp gfp);

    /** {@code __memcg_kmem_charge_page}: false is -ENOMEM (the allocator frees the page and fails). */
    boolean chargeKmem(long pfn, Gfp gfp, int order);

    /** The page goes back to the allocator: its charge, if any, is dropped. */
    void uncharge(long pfn, int order);

    /** {@code folio_memcg(folio)}'s id ({@code mem_cgroup_id}); 0 for the root or an uncharged page. */
    int memcgId(long pfn);
}
