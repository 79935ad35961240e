package org.reclaimtck.tck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * One trace event as the reports' per-task timeline draws it: when, which task, what kind of span it opens or closes
 * (a wait, a held lock, an allocation with its gfp mask, direct reclaim, a shrinker call, a task-flag or scope change),
 * the object that pairs a span's begin with its end, and the event's tracepoint text.
 *
 * @param time   virtual nanoseconds since boot
 * @param kind   what the event is on the timeline
 * @param object the lock, wait object or shrinker that pairs begin and end; empty for point events
 * @param text   the tracepoint's text ({@link TraceEvent#detail()})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record TimelineEvent(long time, String task, Kind kind, String object, String text) {
    /** How many of the last trace events a failure keeps for its timeline. */
    public static final int WINDOW = 120;

    /** The spans and marks of a task lane. */
    public enum Kind {
        WAIT_BEGIN, WOKEN, LOCK, UNLOCK, ALLOC_BEGIN, ALLOC_END, RECLAIM_BEGIN, RECLAIM_END, SHRINKER_BEGIN,
        SHRINKER_END, FLAG, EXIT, OTHER;

        /** True if the event opens a span that a later event of the same task and object closes. */
        public boolean opens() {
            return this == WAIT_BEGIN || this == LOCK || this == ALLOC_BEGIN || this == RECLAIM_BEGIN
                    || this == SHRINKER_BEGIN;
        }

        /** The kind that closes a span this kind opens, or null. */
        public Kind closer() {
            return switch (this) {
                case WAIT_BEGIN -> WOKEN;
                case LOCK -> UNLOCK;
                case ALLOC_BEGIN -> ALLOC_END;
                case RECLAIM_BEGIN -> RECLAIM_END;
                case SHRINKER_BEGIN -> SHRINKER_END;
                default -> null;
            };
        }
    }

    /**
     * The schedule around the stall a failure ends in: the last {@link #WINDOW} events of a run's trace, preceded by
     * the earlier events that open a span still open when the trace ends (a wait no wakeup ended, a lock still held, an
     * allocation, reclaim or shrinker call not returned), so a task blocked long before the end shows what it holds
     * and waits for.
     */
    public static List<TimelineEvent> window(List<TraceEvent> trace) {
        return select(trace).stream().map(TimelineEvent::of).toList();
    }

    /** The trace events {@link #window} keeps, oldest first: what a failure holds on to for its timeline. */
    public static List<TraceEvent> select(List<TraceEvent> trace) {
        int start = Math.max(0, trace.size() - WINDOW);
        Map<String, Integer> open = new LinkedHashMap<>();
        for (int i = 0; i < start; i++) {
            TimelineEvent e = of(trace.get(i));
            if (e.kind().opens()) {
                open.put(e.spanKey(e.kind()), i);
            } else {
                for (Kind k : Kind.values()) {
                    if (k.closer() == e.kind()) {
                        open.remove(e.spanKey(k));
                    }
                }
            }
        }
        List<TraceEvent> out = new ArrayList<>();
        open.values().stream().sorted().skip(Math.max(0, open.size() - WINDOW / 3)).forEach(i -> out.add(trace.get(i)));
        out.addAll(trace.subList(start, trace.size()));
        return out;
    }

    /** What pairs an opening event of kind {@code opener} with its closer: the task and, but for waits, the object. */
    public String spanKey(Kind opener) {
        return task + " " + opener + " " + (opener == Kind.WAIT_BEGIN ? "" : object);
    }

    /** The timeline's view of one trace event. */
    public static TimelineEvent of(TraceEvent e) {
        if (e instanceof TraceEvent.WaitBegin w) {
            return new TimelineEvent(w.time(), w.task(), Kind.WAIT_BEGIN, w.object(), w.detail());
        }
        if (e instanceof TraceEvent.Woken w) {
            return new TimelineEvent(w.time(), w.task(), Kind.WOKEN, w.object(), w.detail());
        }
        if (e instanceof TraceEvent.LockAcquired l) {
            return new TimelineEvent(l.time(), l.task(), Kind.LOCK, l.object(), l.detail());
        }
        if (e instanceof TraceEvent.LockReleased l) {
            return new TimelineEvent(l.time(), l.task(), Kind.UNLOCK, l.object(), l.detail());
        }
        if (e instanceof TraceEvent.AllocRequested a) {
            return new TimelineEvent(a.time(), a.task(), Kind.ALLOC_BEGIN, "alloc", a.detail());
        }
        if (e instanceof TraceEvent.AllocReturned a) {
            return new TimelineEvent(a.time(), a.task(), Kind.ALLOC_END, "alloc", a.detail());
        }
        if (e instanceof TraceEvent.DirectReclaimBegin r) {
            return new TimelineEvent(r.time(), r.task(), Kind.RECLAIM_BEGIN, "reclaim", r.detail());
        }
        if (e instanceof TraceEvent.DirectReclaimEnd r) {
            return new TimelineEvent(r.time(), r.task(), Kind.RECLAIM_END, "reclaim", r.detail());
        }
        if (e instanceof TraceEvent.ShrinkerScanBegin s) {
            return new TimelineEvent(s.time(), s.task(), Kind.SHRINKER_BEGIN, s.shrinker(), s.detail());
        }
        if (e instanceof TraceEvent.ShrinkerScanEnd s) {
            return new TimelineEvent(s.time(), s.task(), Kind.SHRINKER_END, s.shrinker(), s.detail());
        }
        if (e instanceof TraceEvent.TaskFlagChanged || e instanceof TraceEvent.ScopeSaved
                || e instanceof TraceEvent.ScopeRestored) {
            return new TimelineEvent(e.time(), e.task(), Kind.FLAG, "", e.detail());
        }
        if (e instanceof TraceEvent.TaskExited) {
            return new TimelineEvent(e.time(), e.task(), Kind.EXIT, "", e.detail());
        }
        return new TimelineEvent(e.time(), e.task(), Kind.OTHER, "", e.detail());
    }
}
