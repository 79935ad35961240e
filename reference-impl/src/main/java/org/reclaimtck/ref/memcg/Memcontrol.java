package org.reclaimtck.ref.memcg;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaimtck.ref.mm.AnonMemory;
import org.reclaimtck.ref.mm.MemcgCharge;
import org.reclaimtck.ref.mm.MmStruct;
import org.reclaimtck.ref.oom.OomKiller;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.ref.vmscan.Vmscan;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.MemoryCgroups;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The memory controller: models {@code mm/memcontrol.c}'s cgroup v2 interface ({@code mem_cgroup_css_alloc},
 * {@code memory.max}, {@code memory.current}, {@code cgroup.procs} with {@code mem_cgroup_attach}), the charges
 * ({@code mem_cgroup_charge}, {@code __memcg_kmem_charge_page}: {@link TryCharge}, K-ALLOC-16) and the uncharge at
 * free ({@code folio->memcg_data}, kept here by page). The root has no limit and is not charged, as the kernel skips
 * its counter; a task is in the root until it attaches; a task it spawns does not inherit its memcg.
 */
public final class Memcontrol implements MemoryCgroups, MemcgCharge, TryCharge.Tasks {
    private final SimRuntime rt;
    private final Vmscan vmscan;
    private final AnonMemory mms;
    private final TryCharge charge;
    private final MemCgroup root = new MemCgroup(0, "/", null);
    private final Map<String, MemCgroup> byPath = new LinkedHashMap<>();
    private final Map<SimTask, MemCgroup> taskMemcg = new IdentityHashMap<>();
    /** {@code page->memcg_data} of the pages charged to a memcg other than the root. */
    private final Map<Long, Charge> charged = new HashMap<>();

    private record Charge(MemCgroup memcg, long nrPages) {
    }

    /** @param variant a {@link MemcgType} variant name */
    public Memcontrol(SimRuntime rt, Vmscan vmscan, OomKiller oom, AnonMemory mms, String variant) {
        this.rt = rt;
        this.vmscan = vmscan;
        this.mms = mms;
        this.charge = new TryCharge(rt, vmscan, oom, variant);
        byPath.put("/", root);
    }

    // ---- cgroup v2 files --------------------------------------------------------------------

    @Override
    public void create(String path, long maxPages) {
        if (byPath.containsKey(path)) {
            throw new IllegalArgumentException("mkdir " + path + ": the cgroup exists (-EEXIST)");
        }
        int slash = path.lastIndexOf('/');
        if (!path.startsWith("/") || slash < 0 || path.length() == 1 || path.endsWith("/")) {
            throw new IllegalArgumentException("cgroup path " + path + " is not absolute or names no cgroup");
        }
        MemCgroup parent = byPath.get(slash == 0 ? "/" : path.substring(0, slash));
        if (parent == null) {
            throw new IllegalArgumentException("mkdir " + path + ": the parent cgroup does not exist (-ENOENT)");
        }
        MemCgroup m = new MemCgroup(byPath.size(), path, parent);
        m.memory.setMax(maxPages);
        byPath.put(path, m);
        vmscan.pgdat().memcgs().create(m.id, path);
    }

    @Override
    public void attach(String path) {
        SimTask me = rt.current();
        MemCgroup m = lookup(path);
        taskMemcg.put(me, m);
        rt.trace(new TraceEvent.MemcgAttach(rt.clock().nanos(), me.comm(), m.path));
    }

    @Override
    public long usage(String path) {
        return lookup(path).memory.usage();
    }

    /** {@code memory.stat}'s {@code file}: the page-cache folios on the memcg's lruvec, in pages. */
    public long statFile(String path) {
        return vmscan.pgdat().memcgs().of(lookup(path).id).lruvec().filePages();
    }

    private MemCgroup lookup(String path) {
        MemCgroup m = byPath.get(path);
        if (m == null) {
            throw new IllegalArgumentException("no cgroup " + path + " (-ENOENT)");
        }
        return m;
    }

    // ---- charges ----------------------------------------------------------------------------

    @Override
    public MemCgroup memcgOf(SimTask task) {
        return task.isKthread() ? root : taskMemcg.getOrDefault(task, root);
    }

    @Override
    public boolean oomVictim(SimTask task) {
        MmStruct mm = mms.mmOf(task);
        return mm != null && mm.oomVictim();
    }

    @Override
    public boolean chargeFolio(long pfn, Gfp gfp) {
        return chargePage(pfn, gfp, 1);
    }

    @Override
    public boolean chargeKmem(long pfn, Gfp gfp, int order) {
        return chargePage(pfn, gfp, 1L << order);
    }

    private boolean chargePage(long pfn, Gfp gfp, long nrPages) {
        MemCgroup memcg = memcgOf(rt.current());
        if (memcg.isRoot()) {
            return true;
        }
        if (!charge.tryChargeMemcg(memcg, gfp, nrPages, this)) {
            return false;
        }
        charged.put(pfn, new Charge(memcg, nrPages));
        return true;
    }

    @Override
    public void uncharge(long pfn, int order) {
        Charge c = charged.remove(pfn);
        if (c != null) {
            c.memcg().memory.uncharge(c.nrPages());
        }
    }

    @Override
    public int memcgId(long pfn) {
        Charge c = charged.get(pfn);
        return c == null ? 0 : c.memcg().id;
    }
}
