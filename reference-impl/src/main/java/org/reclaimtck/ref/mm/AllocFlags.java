package org.reclaimtck.ref.mm;

import org.reclaimtck.spi.gfp.Gfp;

/**
 * The allocator's internal rights: models {@code ALLOC_*} of {@code mm/internal.h} and
 * {@code gfp_to_alloc_flags} / {@code __gfp_pfmemalloc_flags} of {@code mm/page_alloc.c} (K-ALLOC-5, K-ALLOC-6).
 */
final class AllocFlags {
    static final int ALLOC_WMARK_MIN = 0;
    static final int ALLOC_NO_WATERMARKS = 1;
    static final int ALLOC_MIN_RESERVE = 1 << 1;
    static final int ALLOC_NON_BLOCK = 1 << 2;
    static final int ALLOC_OOM = 1 << 3;
    static final int ALLOC_KSWAPD = 1 << 4;

    private AllocFlags() {
    }

    /** {@code gfp_to_alloc_flags} (v6.3+). */
    static int fromGfp(Gfp gfp) {
        int flags = ALLOC_WMARK_MIN;
        if (gfp.has(Gfp.__GFP_HIGH)) {
            flags |= ALLOC_MIN_RESERVE;
        }
        if (gfp.has(Gfp.__GFP_KSWAPD_RECLAIM)) {
            flags |= ALLOC_KSWAPD;
        }
        if (!gfp.allowsBlocking() && !gfp.has(Gfp.__GFP_NOMEMALLOC)) {
            flags |= ALLOC_NON_BLOCK;
        }
        return flags;
    }

    /**
     * {@code __gfp_pfmemalloc_flags}: NOMEMALLOC none; MEMALLOC or PF_MEMALLOC (task context) no watermarks; an OOM
     * victim ({@code oom_reserves_allowed}) ALLOC_OOM.
     */
    static int reserveRights(Gfp gfp, boolean pfMemalloc, boolean oomVictim) {
        if (gfp.has(Gfp.__GFP_NOMEMALLOC)) {
            return 0;
        }
        if (gfp.has(Gfp.__GFP_MEMALLOC) || pfMemalloc) {
            return ALLOC_NO_WATERMARKS;
        }
        return oomVictim ? ALLOC_OOM : 0;
    }
}
