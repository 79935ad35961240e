package org.reclaimtck.tck.suites.forward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.Percentiles;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/** FP-2..FP-6 on a trace (FP-7: {@link RotationJudge}): each returns the violations found, empty if the rule holds. */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class ForwardJudge {
    /** FP-3: WRITEBACK's timeout, HZ/10. */
    static final long WRITEBACK_USEC = 100_000;
    /** FP-3: ISOLATED's timeout, HZ/50. */
    static final long ISOLATED_USEC = 20_000;
    /** FP-3: NOPROGRESS and CONGESTED sleep one jiffy, 10 ms at the lowest HZ (100). */
    static final long ONE_JIFFY_USEC = 10_000;
    /** FP-6: p99 of direct reclaim latency. */
    static final long P99_BOUND_NANOS = 50_000_000L;
    /** FP-6: any one direct reclaim. */
    static final long MAX_BOUND_NANOS = 1_000_000_000L;

    private ForwardJudge() {
    }

    /** Fails with the first five problems, if any. */
    static void require(CaseRun run, List<String> problems) {
        run.require(problems.isEmpty(), () -> problems.size() + " time(s):\n  "
                + String.join("\n  ", problems.subList(0, Math.min(5, problems.size()))));
    }

    /** FP-2: no {@code writepages} entry and no {@code folio_start_writeback} inside a reclaimer. */
    public static List<String> reclaimNeverWrites(RunResult result) {
        List<String> out = new ArrayList<>();
        TraceModel.walk(result.trace(), new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent event, TraceModel model) {
                boolean write = event instanceof TraceEvent.FsEnter f && f.operation().startsWith("writepages")
                        || event instanceof TraceEvent.WritebackStart;
                if (!write) {
                    return;
                }
                TaskModel t = model.taskOf(event);
                String where = t.innermostReclaim().map(r -> r.describe()).orElse(t.kswapd() ? "kswapd" : null);
                if (where != null) {
                    out.add(t.comm() + " wrote a file folio inside " + where + ": " + event.render());
                }
            }
        });
        return out;
    }

    /** FP-3: every throttle within its timeout (at most HZ/10) and none still open at the end. */
    public static List<String> boundedThrottling(RunResult result) {
        List<String> out = new ArrayList<>();
        Map<String, TraceEvent.ThrottleBegin> open = new HashMap<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.ThrottleBegin b) {
                open.put(e.task(), b);
            } else if (e instanceof TraceEvent.ThrottleEnd) {
                open.remove(e.task());
            } else if (e instanceof TraceEvent.VmscanThrottled t) {
                long bound = maxTimeoutUsec(t.reason());
                if (t.usecTimeout() > bound) {
                    out.add(t.task() + " throttled " + t.reason() + " with a timeout of " + t.usecTimeout() / 1000
                            + " ms, over the kernel's " + bound / 1000 + " ms for that reason: " + t.render());
                } else if (t.usecDelayed() > 2 * t.usecTimeout()) {
                    out.add(t.task() + " slept " + t.usecDelayed() / 1000 + " ms throttled " + t.reason()
                            + ", past its timeout of " + t.usecTimeout() / 1000 + " ms: " + t.render());
                }
            }
        }
        for (TraceEvent.ThrottleBegin b : result.outcome().kind() == OutcomeKind.COMPLETED ? open.values()
                : List.<TraceEvent.ThrottleBegin>of()) {
            out.add(b.task() + " was still throttled (" + b.reason() + ") when the run ended: " + b.render());
        }
        return out;
    }

    /** The longest timeout {@code reclaim_throttle} uses for {@code reason} (K-VMSCAN-10). */
    static long maxTimeoutUsec(String reason) {
        if (reason.endsWith("WRITEBACK")) {
            return WRITEBACK_USEC;
        }
        return reason.endsWith("ISOLATED") ? ISOLATED_USEC : ONE_JIFFY_USEC;
    }

    /**
     * FP-4: at each {@code sync}'s return every folio dirtied before it began is written and every prior write bio done;
     * on a machine without per-page tracepoints, from the {@code vmstat} counters that bracket the sync
     * ({@link SyncCounters}).
     */
    public static List<String> syncIsDurable(RunResult result) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> dirtiedAt = new HashMap<>();
        Map<String, Integer> startedAt = new HashMap<>();
        Map<String, Integer> endedAt = new HashMap<>();
        Map<Long, Integer> writeBios = new HashMap<>();
        Set<Long> completed = new HashSet<>();
        Map<String, Integer> syncBegan = new HashMap<>();
        List<TraceEvent> trace = result.trace();
        SyncCounters counters = new SyncCounters();
        int syncs = 0;
        for (int pos = 0; pos < trace.size(); pos++) {
            TraceEvent e = trace.get(pos);
            if (e instanceof TraceEvent.WritebackDirtyFolio d) {
                dirtiedAt.put(d.mapping() + " index " + d.index(), pos);
            } else if (e instanceof TraceEvent.WritebackStart s) {
                startedAt.put(s.mapping() + " index " + s.index(), pos);
            } else if (e instanceof TraceEvent.WritebackEnd w) {
                endedAt.put(w.mapping() + " index " + w.index(), pos);
            } else if (e instanceof TraceEvent.BioSubmitted b && b.op().equals("WRITE")) {
                writeBios.put(b.bio(), pos);
            } else if (e instanceof TraceEvent.BioCompleted c) {
                completed.add(c.bio());
            } else if (e instanceof TraceEvent.Vmstat v) {
                counters.see(v, syncBegan.containsKey(e.task() + " " + v.superBlock()));
            } else if (e instanceof TraceEvent.FsEnter f && f.operation().equals("sync")) {
                syncBegan.put(e.task() + " " + f.superBlock(), pos);
            } else if (e instanceof TraceEvent.FsLeave l && l.operation().equals("sync")) {
                Integer began = syncBegan.remove(e.task() + " " + l.superBlock());
                if (began == null) {
                    continue;
                }
                syncs++;
                counters.judge(e.task(), l).ifPresent(out::add);
                for (Map.Entry<String, Integer> d : dirtiedAt.entrySet()) {
                    if (d.getValue() >= began) {
                        continue;
                    }
                    Integer s = startedAt.get(d.getKey());
                    Integer w = endedAt.get(d.getKey());
                    if (s == null || s < d.getValue() || w == null || w < s) {
                        out.add("sync by " + e.task() + " on " + l.superBlock() + " returned with " + d.getKey()
                                + " dirtied before it began (" + trace.get(d.getValue()).render() + ") and "
                                + (s == null || s < d.getValue() ? "not written back since"
                                : "its writeback not ended") + ": " + l.render());
                    }
                }
                for (Map.Entry<Long, Integer> b : writeBios.entrySet()) {
                    if (b.getValue() < began && !completed.contains(b.getKey())) {
                        out.add("sync by " + e.task() + " returned before write bio #" + b.getKey() + " (submitted"
                                + " before it began) completed: " + l.render());
                    }
                }
            }
        }
        if (syncs == 0) {
            out.add("no sync returned (no fs_enter/fs_leave sync traced)");
        }
        return out;
    }

    /** FP-5: at an OOM kill or an OutOfMemory end, no dirty or writeback file folio existed. */
    public static List<String> noOomWhileCleanable(RunResult result) {
        LruState lru = new LruState();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.OomKill k) {
                if (lru.cleanable() > 0) {
                    return List.of("OOM kill of " + k.victim() + " by " + k.task() + " (gfp_mask=" + k.gfp() + ") "
                            + lru.describe() + ": " + k.render());
                }
            }
            lru.see(e);
        }
        if (result.outcome().kind() == OutcomeKind.OUT_OF_MEMORY && lru.cleanable() > 0) {
            return List.of(result.outcome().describe() + "; " + lru.describe());
        }
        return List.of();
    }

    /** FP-6: p99 of direct reclaim latency under the bound, none over the maximum. */
    public static List<String> directReclaimLatency(RunResult result) {
        List<String> out = new ArrayList<>();
        Map<String, TraceEvent.DirectReclaimBegin> open = new HashMap<>();
        List<Long> lat = new ArrayList<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.DirectReclaimBegin b) {
                open.put(e.task(), b);
            } else if (e instanceof TraceEvent.DirectReclaimEnd end) {
                TraceEvent.DirectReclaimBegin b = open.remove(e.task());
                if (b == null) {
                    continue;
                }
                long d = end.time() - b.time();
                lat.add(d);
                if (d > MAX_BOUND_NANOS) {
                    out.add(e.task() + " spent " + d / 1_000_000 + " ms in direct reclaim (" + b.gfp() + "), over "
                            + MAX_BOUND_NANOS / 1_000_000 + " ms: " + b.render());
                }
            }
        }
        if (!lat.isEmpty()) {
            lat.sort(null);
            long p99 = Percentiles.p99(lat);
            if (p99 > P99_BOUND_NANOS) {
                out.add(0, "p99 of " + lat.size() + " direct reclaims is " + p99 / 1000 + " us, over "
                        + P99_BOUND_NANOS / 1000 + " us (max " + lat.get(lat.size() - 1) / 1000 + " us)");
            }
        }
        return out;
    }
}
