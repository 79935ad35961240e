package org.reclaimtck.ref.block;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * {@code current->bio_list} of one task under {@code __submit_bio_noacct} ({@code block/blk-core.c}, K-BIO-1): the
 * bios submitted by the {@code ->submit_bio} running now ({@code bio_list_on_stack[0]}) and those still pending from
 * before it ({@code [1]}). After each {@code ->submit_bio} the new bios are sorted: for lower devices first, then for
 * the same device, then the older ones: a depth-first walk of the stack.
 */
final class BioList {
    private Deque<KernelBio> current = new ArrayDeque<>();
    private Deque<KernelBio> pending = new ArrayDeque<>();

    /** {@code bio_list_add(&current->bio_list[0], bio)}. */
    void add(KernelBio bio) {
        current.addLast(bio);
    }

    /** Before a {@code ->submit_bio}: what is queued becomes pending, and a fresh list collects what it submits. */
    void enterSubmit() {
        for (KernelBio b : current) {
            pending.addLast(b);
        }
        current = new ArrayDeque<>();
    }

    /** After the {@code ->submit_bio} of a bio for {@code q}: lower devices first, then {@code q}, then the older. */
    void sortAfter(Gendisk q) {
        Deque<KernelBio> lower = new ArrayDeque<>();
        Deque<KernelBio> same = new ArrayDeque<>();
        for (KernelBio b : current) {
            (b.disk() == q ? same : lower).addLast(b);
        }
        Deque<KernelBio> merged = new ArrayDeque<>(lower);
        merged.addAll(same);
        merged.addAll(pending);
        current = merged;
        pending = new ArrayDeque<>();
    }

    /** {@code bio_list_pop}: the next bio to submit, or null. */
    KernelBio pop() {
        return current.pollFirst();
    }

    boolean isEmpty() {
        return current.isEmpty() && pending.isEmpty();
    }

    /** {@code punt_bios_to_rescuer}: takes out every bio of {@code bs}, both lists, in order, onto its rescue list. */
    void puntTo(KernelBioset bs) {
        take(current, bs);
        take(pending, bs);
    }

    private static void take(Deque<KernelBio> list, KernelBioset bs) {
        for (Iterator<KernelBio> it = list.iterator(); it.hasNext(); ) {
            KernelBio b = it.next();
            if (b.bioset == bs) {
                it.remove();
                bs.rescue(b);
            }
        }
    }
}
