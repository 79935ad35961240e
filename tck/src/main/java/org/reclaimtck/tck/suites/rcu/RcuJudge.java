package org.reclaimtck.tck.suites.rcu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The checks of RCU-1 and RCU-2 on what the kernel traced: read-side critical sections (held locks of kind
 * {@code rcu_read_lock}) against the waits that began inside them, and {@code kvfree_rcu}'s pages on the batch
 * (queued, not yet drained to a grace period) at each OOM kill.
 */
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class RcuJudge {
    private final List<TraceEvent> trace;

    public RcuJudge(List<TraceEvent> trace) {
        this.trace = trace;
    }

    /**
     * RCU-1: every section in which its task slept or called what may sleep ({@code might_sleep()}, as
     * CONFIG_DEBUG_ATOMIC_SLEEP checks it under preemptible RCU): a wait, a blocking acquisition of a mutex, rwsem or
     * transaction, or an allocation whose effective mask allows direct reclaim. One report per section, with where it
     * began and, when a shrinker was running, which one.
     */
    public List<String> sleepsInReadSections() {
        Map<String, TraceEvent.LockAcquired> inSection = new HashMap<>();
        Map<String, String> inShrinker = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (TraceEvent e : trace) {
            if (e instanceof TraceEvent.LockAcquired a && a.kind() == LockKind.RCU_READ) {
                inSection.put(a.task(), a);
            } else if (e instanceof TraceEvent.LockReleased r && r.kind() == LockKind.RCU_READ) {
                inSection.remove(r.task());
            } else if (e instanceof TraceEvent.ShrinkerScanBegin b) {
                inShrinker.put(b.task(), b.shrinker());
            } else if (e instanceof TraceEvent.ShrinkerScanEnd end) {
                inShrinker.remove(end.task());
            } else if (inSection.containsKey(e.task())) {
                String sleep = mightSleep(e);
                if (sleep == null) {
                    continue;
                }
                String shrinker = inShrinker.get(e.task());
                found.add("task " + e.task() + " " + sleep + " inside an RCU read-side critical section"
                        + (shrinker == null ? "" : ", in " + shrinker + " scan_objects") + ": " + e.render()
                        + "\n    the section began at " + inSection.get(e.task()).render()
                        + "\n    (a grace period cannot end until it leaves: synchronize_rcu() callers and every"
                        + " kvfree_rcu'd page wait for this sleep)");
                inSection.remove(e.task());
            }
        }
        return found;
    }

    /** What {@code e} did that may sleep, or null. */
    private static String mightSleep(TraceEvent e) {
        if (e instanceof TraceEvent.WaitBegin) {
            return "slept";
        }
        if (e instanceof TraceEvent.LockAcquired a && !a.trylock() && (a.kind() == LockKind.MUTEX
                || a.kind() == LockKind.RWSEM_READ || a.kind() == LockKind.RWSEM_WRITE
                || a.kind() == LockKind.TRANSACTION)) {
            return "took a sleeping lock (might_sleep)";
        }
        if (e instanceof TraceEvent.AllocRequested r && r.effectiveGfp().allowsBlocking()) {
            return "made a blocking allocation (might_alloc)";
        }
        return null;
    }

    /**
     * RCU-3: every grace period that ended while a task was still in the read-side section it was in when the period
     * started, and every kvfree_rcu batch freed without a grace period that started after it was drained.
     */
    public List<String> gracePeriodsThatDidNotWait() {
        Map<String, TraceEvent.LockAcquired> inSection = new HashMap<>();
        Map<Long, Map<String, TraceEvent.LockAcquired>> waitingFor = new HashMap<>();
        List<long[]> gps = new ArrayList<>();
        java.util.ArrayDeque<long[]> drained = new java.util.ArrayDeque<>();
        List<String> found = new ArrayList<>();
        long pos = 0;
        for (TraceEvent e : trace) {
            pos++;
            if (e instanceof TraceEvent.LockAcquired a && a.kind() == LockKind.RCU_READ) {
                inSection.put(a.task(), a);
            } else if (e instanceof TraceEvent.LockReleased r && r.kind() == LockKind.RCU_READ) {
                inSection.remove(r.task());
                waitingFor.values().forEach(m -> m.remove(r.task()));
            } else if (e instanceof TraceEvent.RcuGracePeriod g && g.start()) {
                waitingFor.put(g.gpSeq(), new HashMap<>(inSection));
                gps.add(new long[] {pos, Long.MAX_VALUE});
            } else if (e instanceof TraceEvent.RcuGracePeriod g) {
                Map<String, TraceEvent.LockAcquired> still = waitingFor.remove(g.gpSeq());
                if (still != null && !still.isEmpty()) {
                    still.forEach((task, at) -> found.add(g.render() + " while " + task + " was still in the read-side"
                            + " section it entered before the grace period started (" + at.render() + ")"));
                }
                if (!gps.isEmpty()) {
                    gps.get(gps.size() - 1)[1] = pos;
                }
            } else if (e instanceof TraceEvent.KvfreeRcu k && k.stage() == TraceEvent.KvfreeRcu.Stage.DRAIN) {
                drained.add(new long[] {pos, k.pages()});
            } else if (e instanceof TraceEvent.KvfreeRcu k && k.stage() == TraceEvent.KvfreeRcu.Stage.FREE) {
                long[] batch = drained.poll();
                long drainPos = batch == null ? pos : batch[0];
                long from = drainPos;
                long now = pos;
                boolean waited = gps.stream().anyMatch(gp -> gp[0] > from && gp[1] < now);
                if (!waited) {
                    found.add(k.render() + ": freed without a grace period that started after the batch was drained"
                            + (batch == null ? " (no batch was drained)" : " (its " + batch[1] + " pages drained at trace"
                            + " event " + batch[0] + ")")
                            + ": a reader may still use that memory");
                }
            }
        }
        return found;
    }

    /** RCU-2: every OOM kill made while kvfree_rcu pages waited on the batch, never handed to a grace period. */
    public List<String> killsWithPagesOnTheBatch() {
        long queued = 0;
        long drained = 0;
        long freed = 0;
        List<String> found = new ArrayList<>();
        for (TraceEvent e : trace) {
            if (e instanceof TraceEvent.KvfreeRcu k) {
                switch (k.stage()) {
                    case QUEUE -> queued += k.pages();
                    case DRAIN -> drained += k.pages();
                    case FREE -> freed += k.pages();
                    default -> throw new IllegalStateException(k.stage().name());
                }
            } else if (e instanceof TraceEvent.OomKill kill && queued > drained) {
                found.add(kill.render() + "\n    with " + (queued - drained) + " pages freed by kvfree_rcu still on"
                        + " the batch (never handed to a grace period) and " + (drained - freed) + " waiting for a"
                        + " grace period: reclaim never drained the batch (the rcu-kfree shrinker), so it could not"
                        + " reach memory that was already free in all but name");
            }
        }
        return found;
    }
}
