package org.reclaimtck.ref.oom;

/**
 * The lines of {@code show_mem} ({@code mm/show_mem.c}) the OOM report carries into {@code oom:mark_victim}: the anon
 * and file LRU sizes and the free swap slots (K-OOM-1). -1 for a line the kernel cannot give.
 */
public interface ShowMem {
    /** {@code active_anon + inactive_anon}. */
    long anonPages();

    /** {@code active_file + inactive_file}. */
    long filePages();

    /** {@code Free swap}, in pages ({@code get_nr_swap_pages}). */
    long freeSwapPages();
}
