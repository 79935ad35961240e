package org.reclaimtck.tck.suites.runtime;

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

/**
 * RT-8 on any trace: every wait ({@code WaitBegin}) a task leaves is ended by a traced {@code Woken} of that task and
 * that object before the task's next event; a {@code Woken} names a task that waits on that object and a waker that
 * can wake (a running task of the run, softirq, or the timer or timeout of a timed wait); virtual time never goes back.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class WaitWakeJudge {
    /** Wakers that are not tasks: a timer callback, a timed wait's expiry, before the run starts. */
    static final Set<String> CONTEXTS = Set.of("softirq", "timer", "timeout", "init");

    private WaitWakeJudge() {
    }

    /** What broke RT-8, one line per event, in trace order. */
    public static List<String> judge(RunResult result) {
        List<String> out = new ArrayList<>();
        Map<String, TraceEvent.WaitBegin> waiting = new HashMap<>();
        Set<String> exited = new HashSet<>();
        Set<String> tasks = new HashSet<>();
        for (TraceEvent e : result.trace()) {
            tasks.add(e instanceof TraceEvent.TaskSpawned t ? t.child() : e.task());
        }
        long time = Long.MIN_VALUE;
        for (TraceEvent e : result.trace()) {
            if (e.time() < time) {
                out.add("virtual time went back from " + time + " ns to " + e.time() + " ns: " + e.render());
            }
            time = Math.max(time, e.time());
            if (e instanceof TraceEvent.Woken w) {
                woken(w, waiting, exited, tasks, out);
                continue;
            }
            TraceEvent.WaitBegin open = waiting.get(e.task());
            if (open != null) {
                out.add(e.task() + " ran (" + e.render().strip() + ") while waiting on " + open.object()
                        + " with no traced wake-up since " + open.render().strip());
                waiting.remove(e.task());
            }
            if (e instanceof TraceEvent.WaitBegin b) {
                waiting.put(b.task(), b);
            } else if (e instanceof TraceEvent.TaskExited) {
                exited.add(e.task());
            }
        }
        if (result.outcome().kind() == OutcomeKind.COMPLETED) {
            waiting.values().stream().filter(b -> !b.idle() && !exited.contains(b.task())).forEach(b -> out.add(
                    "the run completed with " + b.task() + " still waiting on " + b.object() + " since "
                            + b.render().strip()));
        }
        return out;
    }

    private static void woken(TraceEvent.Woken w, Map<String, TraceEvent.WaitBegin> waiting, Set<String> exited,
                              Set<String> tasks, List<String> out) {
        TraceEvent.WaitBegin open = waiting.remove(w.task());
        if (open == null) {
            out.add(w.task() + " was woken from " + w.object() + " by " + w.by() + " but was not waiting: "
                    + w.render().strip());
        } else if (!open.object().equals(w.object())) {
            out.add(w.task() + " was woken from " + w.object() + " but waits on " + open.object() + ": "
                    + w.render().strip());
        }
        String by = w.by();
        if (CONTEXTS.contains(by)) {
            return;
        }
        if (!tasks.contains(by)) {
            out.add(w.task() + " was woken from " + w.object() + " by '" + by + "', which is no task of the run nor"
                    + " softirq, timer or timeout: " + w.render().strip());
        } else if (by.equals(w.task())) {
            out.add(w.task() + " was woken from " + w.object() + " by itself: " + w.render().strip());
        } else if (waiting.containsKey(by)) {
            out.add(w.task() + " was woken from " + w.object() + " by " + by + ", which was itself waiting on "
                    + waiting.get(by).object() + ": " + w.render().strip());
        } else if (exited.contains(by)) {
            out.add(w.task() + " was woken from " + w.object() + " by " + by + ", which had exited: "
                    + w.render().strip());
        }
    }
}
