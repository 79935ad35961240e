package org.reclaimtck.ref.vmscan;

import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.reclaim.Reclaim;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Proactive reclaim: models {@code memory.reclaim} ({@code try_to_free_mem_cgroup_pages}, {@code mm/memcontrol.c})
 * on the root cgroup: the caller's scoped mask (K-SCOPE-3), PF_MEMALLOC for the duration (K-SCOPE-5), priorities
 * {@code DEF_PRIORITY}..0 of {@code shrink_node} until {@code nrPages} are reclaimed (K-RECLAIM-3, K-RECLAIM-4).
 */
public final class ProactiveReclaim implements Reclaim {
    private final SimRuntime rt;
    private final Vmscan vmscan;

    public ProactiveReclaim(SimRuntime rt, Vmscan vmscan) {
        this.rt = rt;
        this.vmscan = vmscan;
    }

    @Override
    public long tryToFreePages(Gfp gfp, long nrPages) {
        SimTask me = rt.current();
        if (me.flags().contains(PfFlag.PF_MEMALLOC)) {
            return 0;
        }
        Gfp scoped = me.currentGfpContext(gfp);
        rt.trace(new TraceEvent.DirectReclaimBegin(rt.clock().nanos(), me.comm(), scoped, 0));
        long reclaimed;
        try (MemallocScope noreclaim = me.memallocNoreclaimSave()) {
            reclaimed = vmscan.doTryToFreePages(new ScanControl(scoped, nrPages, 0, ScanControl.NEVER, true));
        }
        rt.trace(new TraceEvent.DirectReclaimEnd(rt.clock().nanos(), me.comm(), reclaimed));
        return reclaimed;
    }
}
