package org.reclaimtck.ref.swap;

import java.util.HashMap;
import java.util.Map;
import org.reclaimtck.ref.mm.AnonFolio;

/**
 * The swap cache: models {@code swap_address_space} of {@code mm/swap_state.c} ({@code add_to_swap_cache},
 * {@code __delete_from_swap_cache}, {@code swap_cache_get_folio}): the folio of a swap slot while it is being
 * written, read or still resident after a swap-in.
 */
final class SwapCache {
    private final Map<Long, AnonFolio> folios = new HashMap<>();

    /** {@code swap_cache_get_folio}. */
    AnonFolio lookup(long entry) {
        return folios.get(entry);
    }

    /** {@code add_to_swap_cache}: the folio's {@code folio->swap} becomes {@code entry}. */
    void add(long entry, AnonFolio folio) {
        if (folios.putIfAbsent(entry, folio) != null) {
            throw new IllegalStateException("add_to_swap_cache: slot " + entry + " is cached already");
        }
        folio.setSwapEntry(entry);
    }

    /** {@code __delete_from_swap_cache}. */
    void delete(AnonFolio folio) {
        if (folios.remove(folio.swapEntry()) != folio) {
            throw new IllegalStateException("__delete_from_swap_cache of " + folio + ", which is not cached");
        }
        folio.setSwapEntry(-1);
    }

    long size() {
        return folios.size();
    }
}
