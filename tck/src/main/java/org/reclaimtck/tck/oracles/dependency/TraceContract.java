package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.oracles.model.TraceModel;

/**
 * Checks that a trace carries what the dependency oracle reads (TRACE-1..4, TRACE-6): models the tracepoint
 * contracts of {@code include/trace/events/block.h}, lockdep's {@code might_alloc} annotation and the reclaim
 * tracepoints of {@code mm/vmscan.c}. Each check returns its findings in trace order, empty if the trace complies.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TraceContract {
    private static final Pattern BIO_ID = Pattern.compile("#([0-9]+)\\b.*");

    private TraceContract() {
    }

    /** TRACE-1: every BIO wait names class {@code bio:<device>} and a submitted bio's {@code #id} on that device. */
    public static List<String> bioWaits(List<TraceEvent> trace) {
        List<String> out = new ArrayList<>();
        Map<Long, String> devices = new HashMap<>();
        for (TraceEvent e : trace) {
            if (e instanceof TraceEvent.BioSubmitted b) {
                devices.put(b.bio(), b.device());
            } else if (e instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.BIO) {
                Matcher m = BIO_ID.matcher(w.object());
                String device = m.matches() ? devices.get(Long.parseLong(m.group(1))) : null;
                if (device == null) {
                    out.add(e.render() + ": the object does not start with #<id> of a submitted bio");
                } else if (!w.lockClass().equals(DependencyGraph.BIO_PREFIX + device)) {
                    out.add(e.render() + ": class " + w.lockClass() + ", but bio #" + m.group(1) + " was submitted to "
                            + device + " (expected class " + DependencyGraph.BIO_PREFIX + device + ")");
                }
            }
        }
        return out;
    }

    /** TRACE-2: completions follow their submission, name a known completer, and (if {@code completed}) cover all. */
    public static List<String> bioCompletions(List<TraceEvent> trace, boolean completed) {
        List<String> out = new ArrayList<>();
        Map<Long, TraceEvent.BioSubmitted> inflight = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(Set.of("softirq"));
        for (TraceEvent e : trace) {
            known.add(e.task());
            if (e instanceof TraceEvent.TaskSpawned s) {
                known.add(s.child());
            } else if (e instanceof TraceEvent.BioSubmitted b) {
                inflight.put(b.bio(), b);
            } else if (e instanceof TraceEvent.BioCompleted c) {
                TraceEvent.BioSubmitted s = inflight.remove(c.bio());
                if (s == null) {
                    out.add(e.render() + ": no earlier block_bio_queue of bio #" + c.bio());
                } else if (!s.device().equals(c.device())) {
                    out.add(e.render() + ": bio #" + c.bio() + " was submitted to " + s.device());
                }
                if (c.task() == null || c.task().isBlank() || !known.contains(c.task())) {
                    out.add(e.render() + ": the completing task '" + c.task() + "' is not a task of the trace");
                }
            }
        }
        if (completed) {
            for (TraceEvent.BioSubmitted s : inflight.values()) {
                out.add(s.render() + ": never completed, though the run completed");
            }
        }
        return out;
    }

    /** TRACE-3: a blocking allocation outside reclaim traces might_alloc with its effective mask before returning. */
    public static List<String> mightAlloc(List<TraceEvent> trace) {
        MightAllocCheck check = new MightAllocCheck();
        TraceModel.walk(trace, check);
        return check.findings();
    }

    /** TRACE-4: each LOG_SPACE wait names the class of the transaction the task takes next. */
    public static List<String> logSpaceWaits(List<TraceEvent> trace) {
        List<String> out = new ArrayList<>();
        Map<String, TraceEvent.WaitBegin> pending = new HashMap<>();
        for (TraceEvent e : trace) {
            if (e instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.LOG_SPACE) {
                pending.put(e.task(), w);
            } else if (e instanceof TraceEvent.LockAcquired a && a.kind() == LockKind.TRANSACTION) {
                TraceEvent.WaitBegin w = pending.remove(e.task());
                if (w != null && !w.lockClass().equals(a.lockClass())) {
                    out.add(w.render() + ": class " + w.lockClass() + ", but the transaction it reserved for is class "
                            + a.lockClass());
                }
            }
        }
        return out;
    }

    /** TRACE-6: {@code comm}'s proactive reclaim is traced as {@code expected.size()} direct reclaims with those masks. */
    public static List<String> proactiveReclaim(List<TraceEvent> trace, String comm, List<Gfp> expected) {
        List<String> out = new ArrayList<>();
        List<Gfp> begun = new ArrayList<>();
        int open = 0;
        for (TraceEvent e : trace) {
            if (!e.task().equals(comm)) {
                continue;
            }
            if (e instanceof TraceEvent.DirectReclaimBegin d) {
                begun.add(d.gfp());
                open++;
            } else if (e instanceof TraceEvent.DirectReclaimEnd) {
                open--;
            } else if (e instanceof TraceEvent.AllocMightReclaim m && open > 0) {
                out.add(e.render() + ": might_alloc inside reclaim: the reclaim did not run under PF_MEMALLOC");
            }
        }
        if (!begun.equals(expected)) {
            out.add(comm + " traced direct reclaim with " + begun + ", expected " + expected);
        }
        if (open != 0) {
            out.add(comm + " left " + open + " direct reclaim(s) without mm_vmscan_direct_reclaim_end");
        }
        return out;
    }
}
