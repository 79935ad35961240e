package org.reclaimtck.spi.part;

import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.runtime.KernelRuntime;

/**
 * What a page allocator is created with: the memory it manages and the calls {@code mm/page_alloc.c} makes into
 * {@code mm/vmscan.c}, which the kernel traces ({@code DirectReclaimBegin/End}, {@code KswapdWake}).
 */
public interface AllocatorContext {
    /** The machine's managed pages. */
    long managedPages();

    KernelRuntime runtime();

    /** {@code wakeup_kswapd()}. */
    void wakeupKswapd(Gfp gfp, int order);

    /**
     * {@code try_to_free_pages()}: direct reclaim in the current task with {@code gfp} (the scoped mask); the caller
     * is expected to hold PF_MEMALLOC (K-ALLOC-9). Returns pages reclaimed.
     */
    long tryToFreePages(Gfp gfp, int order);
}
