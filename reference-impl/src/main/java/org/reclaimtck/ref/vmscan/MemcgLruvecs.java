package org.reclaimtck.ref.vmscan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.mm.MemcgCharge;

/**
 * The node's lruvecs, one per memory cgroup: models {@code mem_cgroup_lruvec} and {@code folio_lruvec}
 * ({@code include/linux/memcontrol.h}) and the walk {@code shrink_node_memcgs} makes with {@code mem_cgroup_iter}: the
 * root's lruvec first, then each memcg's in creation order (a parent before its children). A folio is on the lruvec
 * of the memcg it is charged to ({@code folio_memcg}); an uncharged one on the root's.
 */
public final class MemcgLruvecs {
    /** One memcg's lruvec on this node; {@code memcg} is its path, null for the root. */
    public record MemcgLruvec(int id, String memcg, Lruvec lruvec) {
    }

    private final Map<Integer, MemcgLruvec> byId = new LinkedHashMap<>();
    private MemcgCharge charges = MemcgCharge.NONE;

    MemcgLruvecs(Lruvec root) {
        byId.put(0, new MemcgLruvec(0, null, root));
    }

    /** Binds the memory controller, which knows each page's memcg. */
    void bind(MemcgCharge charges) {
        this.charges = charges;
    }

    /** {@code mem_cgroup_css_alloc}'s lruvec init: a new memcg's empty lruvec on this node. */
    public Lruvec create(int id, String memcg) {
        if (byId.containsKey(id)) {
            throw new IllegalStateException("memcg id " + id + " (" + memcg + ") has a lruvec already");
        }
        MemcgLruvec m = new MemcgLruvec(id, memcg, new Lruvec());
        byId.put(id, m);
        return m.lruvec();
    }

    /** {@code mem_cgroup_lruvec(memcg, pgdat)}. */
    public MemcgLruvec of(int id) {
        MemcgLruvec m = byId.get(id);
        if (m == null) {
            throw new IllegalStateException("no lruvec for memcg id " + id);
        }
        return m;
    }

    /** {@code folio_lruvec}: the lruvec of the memcg the folio is charged to. */
    Lruvec folioLruvec(KernelFolio folio) {
        return of(charges.memcgId(folio.pfn())).lruvec();
    }

    /** Every lruvec of the node, root first ({@code mem_cgroup_iter} from the root). */
    List<MemcgLruvec> all() {
        return new ArrayList<>(byId.values());
    }

    /** Folios on the file lists of every lruvec ({@code node_page_state(NR_{IN,}ACTIVE_FILE)}). */
    long filePages() {
        long n = 0;
        for (MemcgLruvec m : byId.values()) {
            n += m.lruvec().filePages();
        }
        return n;
    }

    /** Folios on the anon lists of every lruvec. */
    long anonPages() {
        long n = 0;
        for (MemcgLruvec m : byId.values()) {
            n += m.lruvec().anonPages();
        }
        return n;
    }

    /** {@code node_page_state(pgdat, NR_INACTIVE_FILE or NR_INACTIVE_ANON)}. */
    long size(LruList lru) {
        long n = 0;
        for (MemcgLruvec m : byId.values()) {
            n += m.lruvec().size(lru);
        }
        return n;
    }
}
