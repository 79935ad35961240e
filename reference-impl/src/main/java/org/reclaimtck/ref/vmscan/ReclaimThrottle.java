package org.reclaimtck.ref.vmscan;

import java.util.EnumMap;
import java.util.Map;
import org.reclaimtck.ref.mm.NodeStat;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Reclaim's sleeps: models {@code reclaim_throttle}, {@code skip_throttle_noprogress} and
 * {@code __acct_reclaim_writeback} of {@code mm/vmscan.c} with {@code pgdat->reclaim_wait[]}: an uninterruptible
 * sleep of the reason's timeout (WRITEBACK HZ/10, woken early once {@code SWAP_CLUSTER_MAX} folios per sleeper finished
 * writeback; ISOLATED HZ/50; NOPROGRESS and CONGESTED one jiffy, skipped when kswapd is hopeless or write-pending is
 * at most half the reclaimable pages; HZ/10 with the variant {@code noprogress-hz10}, as v5.16-rc1 had it); kthreads
 * other than kswapd only {@code cond_resched} (K-VMSCAN-10). Traced as
 * {@code ThrottleBegin}, {@code ThrottleEnd} and {@code mm_vmscan_throttled}.
 */
final class ReclaimThrottle {
    enum Reason {
        VMSCAN_THROTTLE_WRITEBACK, VMSCAN_THROTTLE_ISOLATED, VMSCAN_THROTTLE_NOPROGRESS, VMSCAN_THROTTLE_CONGESTED
    }

    private final SimRuntime rt;
    private final NodeStat stat;
    private final Map<Reason, WaitQueue> reclaimWait = new EnumMap<>(Reason.class);
    private final Map<Reason, Long> wakeups = new EnumMap<>(Reason.class);
    private int nrWritebackThrottled;
    private long nrReclaimStart;

    private final boolean noprogressHz10;

    ReclaimThrottle(SimRuntime rt, NodeStat stat, boolean noprogressHz10) {
        this.rt = rt;
        this.stat = stat;
        this.noprogressHz10 = noprogressHz10;
    }

    /** {@code reclaim_throttle}; {@code hopeless} and {@code reclaimable} feed {@code skip_throttle_noprogress}. */
    void throttle(Reason reason, boolean kswapdHopeless, long reclaimable) {
        SimTask me = rt.current();
        if (!me.hasFlag(PfFlag.PF_KSWAPD) && me.hasFlag(PfFlag.PF_KTHREAD)) {
            rt.condResched();
            return;
        }
        int hz = rt.clock().hz();
        long timeout;
        switch (reason) {
            case VMSCAN_THROTTLE_WRITEBACK:
                timeout = Math.max(1, hz / 10);
                if (++nrWritebackThrottled == 1) {
                    nrReclaimStart = stat.throttledWritten;
                }
                break;
            case VMSCAN_THROTTLE_ISOLATED:
                timeout = Math.max(1, hz / 50);
                break;
            default:
                if (kswapdHopeless || 2 * stat.writePending() <= reclaimable) {
                    rt.condResched();
                    return;
                }
                timeout = noprogressHz10 ? Math.max(1, hz / 10) : 1;
        }
        long gen = wakeups.getOrDefault(reason, 0L);
        long begin = rt.clock().nanos();
        rt.trace(new TraceEvent.ThrottleBegin(begin, me.comm(), reason.name()));
        queue(reason).waitEventTimeout(() -> wakeups.getOrDefault(reason, 0L) != gen, timeout);
        if (reason == Reason.VMSCAN_THROTTLE_WRITEBACK) {
            nrWritebackThrottled--;
        }
        long end = rt.clock().nanos();
        rt.trace(new TraceEvent.ThrottleEnd(end, me.comm(), reason.name()));
        long usecTimeout = timeout * 1_000_000L / hz;
        rt.trace(new TraceEvent.VmscanThrottled(end, me.comm(), 0, usecTimeout, (end - begin) / 1000, reason.name()));
    }

    /** {@code __acct_reclaim_writeback}: a folio's writeback ended; wakes WRITEBACK sleepers once enough did. */
    void acctReclaimWriteback() {
        stat.throttledWritten++;
        if (nrWritebackThrottled > 0
                && stat.throttledWritten - nrReclaimStart > (long) Vmscan.SWAP_CLUSTER_MAX * nrWritebackThrottled) {
            wakeUp(Reason.VMSCAN_THROTTLE_WRITEBACK);
        }
    }

    /** {@code wake_up(&pgdat->reclaim_wait[reason])}. */
    void wakeUp(Reason reason) {
        WaitQueue q = reclaimWait.get(reason);
        if (q != null && q.waiters() > 0) {
            wakeups.merge(reason, 1L, Long::sum);
            q.wakeUpAll();
        }
    }

    private WaitQueue queue(Reason reason) {
        return reclaimWait.computeIfAbsent(reason, r -> rt.waitQueue("pgdat->reclaim_wait[" + r.name() + "]"));
    }
}
