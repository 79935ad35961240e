package org.reclaimtck.ref.memcg;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.oom.OomKiller;
import org.reclaimtck.ref.oom.OomMemcg;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.ref.vmscan.Vmscan;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The charge path: models {@code try_charge_memcg} and {@code mem_cgroup_oom} / {@code mem_cgroup_out_of_memory} of
 * {@code mm/memcontrol.c} as K-ALLOC-16 states it: the page counters take the charge or name the memcg over its
 * limit; PF_MEMALLOC forces; a non-blocking request fails; else {@code try_to_free_mem_cgroup_pages} with the scoped
 * mask ({@code current_gfp_context}, K-SCOPE-3) and retry while the margin allows; NORETRY fails; a reclaim that freed
 * something retries; after {@code MAX_RECLAIM_RETRIES} RETRY_MAYFAIL fails; a dying task that passed the OOM fails;
 * then the memcg OOM killer, which kills inside the memcg even for NOFS (K-OOM-2), and the retries start over; a
 * failure is -ENOMEM unless __GFP_NOFAIL or __GFP_HIGH, which over-charge. The slow path is traced from the
 * {@code MEMCG_MAX} event to its result.
 */
final class TryCharge {
    static final int MAX_RECLAIM_RETRIES = 16;
    static final int PAGE_ALLOC_COSTLY_ORDER = 3;

    private final SimRuntime rt;
    private final Vmscan vmscan;
    private final OomKiller oom;
    private final String variant;

    TryCharge(SimRuntime rt, Vmscan vmscan, OomKiller oom, String variant) {
        this.rt = rt;
        this.vmscan = vmscan;
        this.oom = oom;
        this.variant = variant;
    }

    /** {@code try_charge_memcg(memcg, gfp, nr_pages)}: true if charged (within the limit or forced), false -ENOMEM. */
    boolean tryChargeMemcg(MemCgroup memcg, Gfp gfp, long nrPages, Tasks tasks) {
        SimTask me = rt.current();
        Gfp scoped = me.currentGfpContext(gfp);
        int nrRetries = MAX_RECLAIM_RETRIES;
        boolean passedOom = false;
        MemCgroup overLimit = null;
        while (true) {
            MemCgroup over = overLimit(memcg, nrPages);
            if (over == null) {
                end(me, overLimit, "charged");
                return true;
            }
            if (overLimit == null) {
                overLimit = over;
                rt.trace(new TraceEvent.MemcgChargeBegin(rt.clock().nanos(), me.comm(), over.path, scoped, nrPages));
            }
            if (me.hasFlag(PfFlag.PF_MEMALLOC)) {
                return force(me, memcg, over, nrPages);
            }
            if (!scoped.allowsBlocking()) {
                return nomem(me, memcg, over, gfp, nrPages);
            }
            Gfp reclaimGfp = MemcgType.RECLAIM_IGNORES_SCOPE.equals(variant) ? gfp : scoped;
            List<Integer> lruvecs = MemcgType.RECLAIM_ROOT_LRUVEC.equals(variant) ? List.of(0) : ids(over);
            long reclaimed = vmscan.tryToFreeMemCgroupPages(over.path, lruvecs, nrPages, reclaimGfp);
            if (over.margin() >= nrPages) {
                continue;
            }
            if (gfp.has(Gfp.__GFP_NORETRY)) {
                return nomem(me, memcg, over, gfp, nrPages);
            }
            if (reclaimed > 0 && nrPages <= (1L << PAGE_ALLOC_COSTLY_ORDER)) {
                continue;
            }
            if (nrRetries-- > 0) {
                continue;
            }
            if (gfp.has(Gfp.__GFP_RETRY_MAYFAIL)) {
                return nomem(me, memcg, over, gfp, nrPages);
            }
            if (passedOom && taskIsDying(me, tasks)) {
                return nomem(me, memcg, over, gfp, nrPages);
            }
            if (memCgroupOom(me, over, scoped, orderOf(nrPages), tasks)) {
                passedOom = true;
                nrRetries = MAX_RECLAIM_RETRIES;
                // as the global path (docs/model.md): a jiffy's killable nap so the victim runs and exits
                rt.sleepKillable(1);
                continue;
            }
            return nomem(me, memcg, over, gfp, nrPages);
        }
    }

    private static MemCgroup overLimit(MemCgroup memcg, long nrPages) {
        PageCounter over = memcg.memory.tryCharge(nrPages);
        if (over == null) {
            return null;
        }
        for (MemCgroup m = memcg; m != null; m = m.parent) {
            if (m.memory == over) {
                return m;
            }
        }
        throw new IllegalStateException("page counter over its limit is not an ancestor of " + memcg);
    }

    /** {@code nomem:} -ENOMEM, unless __GFP_NOFAIL or __GFP_HIGH, which go to {@code force:}. */
    private boolean nomem(SimTask me, MemCgroup memcg, MemCgroup over, Gfp gfp, long nrPages) {
        if (gfp.has(Gfp.__GFP_NOFAIL) || gfp.has(Gfp.__GFP_HIGH)) {
            return force(me, memcg, over, nrPages);
        }
        end(me, over, "-ENOMEM");
        return false;
    }

    /** {@code force:} {@code page_counter_charge}, over the limit. */
    private boolean force(SimTask me, MemCgroup memcg, MemCgroup over, long nrPages) {
        memcg.memory.charge(nrPages);
        end(me, over, "force");
        return true;
    }

    private void end(SimTask me, MemCgroup over, String result) {
        if (over != null) {
            rt.trace(new TraceEvent.MemcgChargeEnd(rt.clock().nanos(), me.comm(), over.path, result));
        }
    }

    /** {@code task_is_dying}: an OOM victim or a task with SIGKILL pending. */
    private static boolean taskIsDying(SimTask me, Tasks tasks) {
        return me.fatalSignalPending() || tasks.oomVictim(me);
    }

    /**
     * {@code mem_cgroup_oom}: not for costly orders; the {@code MEMCG_OOM} event, then
     * {@code mem_cgroup_out_of_memory}: enough margin now, or a dying current task, is progress; else
     * {@code out_of_memory} confined to the memcg (variant {@value MemcgType#OOM_SKIPS_NOFS} skips a NOFS request as
     * the global OOM does; {@value MemcgType#OOM_GLOBAL_VICTIM} selects among every task).
     */
    private boolean memCgroupOom(SimTask me, MemCgroup over, Gfp gfp, int order, Tasks tasks) {
        if (order > PAGE_ALLOC_COSTLY_ORDER) {
            return false;
        }
        rt.trace(new TraceEvent.MemcgOom(rt.clock().nanos(), me.comm(), over.path, gfp, order,
                over.memory.usage(), over.memory.max()));
        if (over.margin() >= (1L << order) || taskIsDying(me, tasks)) {
            return true;
        }
        if (MemcgType.OOM_SKIPS_NOFS.equals(variant) && !gfp.has(Gfp.__GFP_FS)) {
            return true;
        }
        boolean global = MemcgType.OOM_GLOBAL_VICTIM.equals(variant);
        return oom.memcgOutOfMemory(gfp, order, new OomMemcg() {
            @Override
            public String path() {
                return over.path;
            }

            @Override
            public boolean scans(SimTask task) {
                return global || tasks.memcgOf(task).isDescendant(over);
            }

            @Override
            public long maxPages() {
                return over.memory.max();
            }

            @Override
            public long margin() {
                return over.margin();
            }

            @Override
            public long reclaimablePages() {
                long n = 0;
                for (MemCgroup m : over.subtree()) {
                    n += vmscan.memcgReclaimablePages(m.id);
                }
                return n;
            }
        });
    }

    private static List<Integer> ids(MemCgroup over) {
        List<Integer> out = new ArrayList<>();
        for (MemCgroup m : over.subtree()) {
            out.add(m.id);
        }
        return out;
    }

    /** {@code get_order(nr_pages * PAGE_SIZE)}. */
    private static int orderOf(long nrPages) {
        int order = 0;
        while ((1L << order) < nrPages) {
            order++;
        }
        return order;
    }

    /** What the charge path asks of the memory controller about tasks. */
    interface Tasks {
        /** {@code mem_cgroup_from_task}. */
        MemCgroup memcgOf(SimTask task);

        /** {@code tsk_is_oom_victim}. */
        boolean oomVictim(SimTask task);
    }
}
