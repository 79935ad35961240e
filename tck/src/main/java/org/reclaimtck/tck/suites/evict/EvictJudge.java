package org.reclaimtck.tck.suites.evict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.oracles.Percentiles;
import org.reclaimtck.tck.oracles.model.ReclaimContext;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/**
 * EVICT-1 on a trace: every wait for log space, a bio or PG_writeback that a task made in direct reclaim or kswapd
 * inside a shrinker's {@code scan_objects} or an inode eviction ({@code fs_enter ... evict_inode}/{@code destroy_inode}).
 * Throttling ({@code reclaim_throttle}), waits on locks and on work ({@code flush_work}, XFS's inodegc throttle) are
 * not I/O waits of the reclaimer's own and are not judged.
 */
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class EvictJudge {
    private EvictJudge() {
    }

    /** The waits EVICT-1 forbids, each naming task, mask, shrinker, inode and what it waited on. */
    public static List<String> reclaimWaitsOnJournalOrIo(List<TraceEvent> trace) {
        List<String> out = new ArrayList<>();
        Map<String, List<TraceEvent.FsEnter>> evicting = new HashMap<>();
        TraceModel.walk(trace, new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent event, TraceModel model) {
                if (event instanceof TraceEvent.FsEnter f && eviction(f.operation())) {
                    evicting.computeIfAbsent(f.task(), k -> new ArrayList<>()).add(f);
                } else if (event instanceof TraceEvent.FsLeave l && eviction(l.operation())) {
                    List<TraceEvent.FsEnter> open = evicting.get(l.task());
                    if (open != null && !open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                } else if (event instanceof TraceEvent.WaitBegin w && journalOrIo(w)) {
                    judge(w, model.taskOf(w), evicting.getOrDefault(w.task(), List.of())).ifPresent(out::add);
                }
            }
        });
        return out;
    }

    /** EVICT-2: p99 of the journal and I/O wait time of one direct reclaim. */
    public static final long P99_BOUND_NANOS = 10_000_000L;
    /** EVICT-2: any one direct reclaim. */
    public static final long MAX_BOUND_NANOS = 100_000_000L;

    /**
     * EVICT-2: per direct reclaim ({@code mm_vmscan_direct_reclaim_begin} to {@code _end}), the virtual time its task
     * spent waiting for log space, a bio or PG_writeback; the p99 over all direct reclaims under
     * {@value #P99_BOUND_NANOS} ns and none over {@value #MAX_BOUND_NANOS} ns. Each violation names the task, its mask
     * and the waits that made it up.
     */
    public static List<String> directReclaimJournalIoLatency(List<TraceEvent> trace) {
        Map<String, TraceEvent.DirectReclaimBegin> open = new HashMap<>();
        Map<String, long[]> waited = new HashMap<>();
        Map<String, TraceEvent.WaitBegin> waiting = new HashMap<>();
        Map<String, List<String>> what = new HashMap<>();
        List<Long> sums = new ArrayList<>();
        List<String> over = new ArrayList<>();
        List<String> slowest = new ArrayList<>();
        long slowestNanos = -1;
        for (TraceEvent e : trace) {
            String task = e.task();
            if (e instanceof TraceEvent.DirectReclaimBegin b) {
                open.put(task, b);
                waited.put(task, new long[1]);
                what.put(task, new ArrayList<>());
            } else if (e instanceof TraceEvent.WaitBegin w && open.containsKey(task) && journalOrIo(w)) {
                waiting.put(task, w);
            } else if (e instanceof TraceEvent.Woken k && waiting.containsKey(task)) {
                TraceEvent.WaitBegin w = waiting.remove(task);
                waited.get(task)[0] += k.time() - w.time();
                what.get(task).add(w.kind().label() + " " + w.object() + " for " + (k.time() - w.time()) / 1000 + " us");
            } else if (e instanceof TraceEvent.DirectReclaimEnd end && open.containsKey(task)) {
                TraceEvent.DirectReclaimBegin b = open.remove(task);
                waiting.remove(task);
                long sum = waited.remove(task)[0];
                List<String> waits = what.remove(task);
                sums.add(sum);
                String line = task + " spent " + sum / 1000 + " us of a " + (end.time() - b.time()) / 1000
                        + " us direct reclaim (" + b.gfp() + ", order " + b.order() + ") waiting on the journal and the"
                        + " disk: " + String.join("; ", waits.subList(0, Math.min(4, waits.size())))
                        + (waits.size() > 4 ? "; ... (" + waits.size() + " waits)" : "") + " [" + b.render() + "]";
                if (sum > MAX_BOUND_NANOS) {
                    over.add(line);
                }
                if (sum > slowestNanos) {
                    slowestNanos = sum;
                    slowest = List.of(line);
                }
            }
        }
        List<String> out = new ArrayList<>(over);
        if (!sums.isEmpty()) {
            sums.sort(null);
            long p99 = Percentiles.p99(sums);
            if (p99 > P99_BOUND_NANOS) {
                out.add(0, "p99 of the journal and I/O wait per direct reclaim is " + p99 / 1000 + " us over "
                        + sums.size() + " direct reclaims, over the bound of " + P99_BOUND_NANOS / 1000 + " us; the"
                        + " slowest: " + slowest.get(0));
            }
        }
        return out;
    }

    private static boolean eviction(String op) {
        return op.startsWith("evict_inode") || op.startsWith("destroy_inode");
    }

    /** Log space, a bio ({@code submit_bio_wait}, {@code folio_wait_writeback} on its bio) or a folio's PG_writeback. */
    static boolean journalOrIo(TraceEvent.WaitBegin w) {
        return w.kind() == WaitKind.LOG_SPACE || w.kind() == WaitKind.BIO || w.lockClass().equals("PG_writeback")
                || w.object().contains("PG_writeback");
    }

    private static Optional<String> judge(TraceEvent.WaitBegin w, TaskModel t, List<TraceEvent.FsEnter> evicting) {
        List<ReclaimContext> reclaim = t.reclaim();
        if (reclaim.isEmpty() && !t.kswapd()) {
            return Optional.empty();
        }
        ReclaimContext shrinker = null;
        for (ReclaimContext c : reclaim) {
            if (c.shrinker()) {
                shrinker = c;
            }
        }
        if (shrinker == null && evicting.isEmpty()) {
            return Optional.empty();
        }
        String where = reclaim.stream().filter(c -> !c.shrinker()).findFirst().map(ReclaimContext::describe)
                .orElse(t.kswapd() ? "kswapd (GFP_KERNEL)" : "reclaim");
        StringBuilder sb = new StringBuilder("task ").append(t.comm()).append(" in ").append(where);
        if (shrinker != null) {
            sb.append(" -> ").append(shrinker.describe());
        }
        if (!evicting.isEmpty()) {
            TraceEvent.FsEnter e = evicting.get(evicting.size() - 1);
            sb.append(" -> ").append(e.superBlock()).append(' ').append(e.operation().replaceFirst(" ", " of inode "));
        }
        sb.append(" waited on ").append(w.kind().label()).append(' ').append(w.object());
        if (!t.transactions().isEmpty()) {
            sb.append(" holding transaction ").append(String.join(", ", t.transactions()));
        }
        sb.append(": ").append(w.render());
        return Optional.of(sb.toString());
    }
}
