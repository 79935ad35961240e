package org.reclaimtck.realkernel;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The importer's first pass: pairs each {@code __alloc_pages} entry (kprobe {@code alloc_pages_caller}, the caller's
 * mask) with the {@code kmem:mm_page_alloc} that ends the same call (the effective mask after the task's memalloc
 * scopes, {@code mm/page_alloc.c current_gfp_context()}), per pid as a stack, so the second pass can give an
 * {@code AllocRequested} both masks when it is made.
 */
final class AllocPairing {
    private long[] effective = new long[1 << 16];
    private final Map<Integer, Deque<Integer>> open = new HashMap<>();
    private final KernelGfp gfp;

    AllocPairing(KernelGfp gfp) {
        Arrays.fill(effective, -1);
        this.gfp = gfp;
    }

    void see(ReportLine l) {
        if (l.event().equals("alloc_pages_caller")) {
            open.computeIfAbsent(l.pid(), k -> new ArrayDeque<>()).push(l.line());
        } else if (l.event().equals("mm_page_alloc")) {
            Deque<Integer> d = open.get(l.pid());
            if (d != null && !d.isEmpty()) {
                int at = d.pop();
                if (at >= effective.length) {
                    int n = effective.length;
                    while (n <= at) {
                        n *= 2;
                    }
                    long[] grown = Arrays.copyOf(effective, n);
                    Arrays.fill(grown, effective.length, n, -1);
                    effective = grown;
                }
                effective[at] = gfp.bits(new Fields(l).word("gfp_flags="));
            }
        }
    }

    /** The effective mask of the allocation whose entry is at {@code line}; {@code caller} if it never ended. */
    long effective(int line, long caller) {
        return line < effective.length && effective[line] >= 0 ? effective[line] : caller;
    }
}
