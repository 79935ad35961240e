package org.reclaimtck.tck.suites.oom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Who made an allocation, from the kernel's own boundary events: per task, the open calls into a filesystem
 * ({@code FsEnter}/{@code FsLeave}), shrinkers ({@code ShrinkerScanBegin}/{@code End}) and direct reclaim, and the
 * request last traced at the allocator's entry ({@code AllocRequested}). A call stack in kernel terms, innermost last.
 */
final class CallerFrames {
    private final Map<String, Deque<String>> open = new HashMap<>();
    private final Map<String, TraceEvent.AllocRequested> request = new HashMap<>();

    /** Advances over one event of the trace. */
    void accept(TraceEvent e) {
        if (e instanceof TraceEvent.FsEnter f) {
            frames(f.task()).push(f.superBlock() + " " + f.operation());
        } else if (e instanceof TraceEvent.FsLeave f) {
            pop(f.task());
        } else if (e instanceof TraceEvent.ShrinkerScanBegin s) {
            frames(s.task()).push("shrinker " + s.shrinker() + " scan_objects");
        } else if (e instanceof TraceEvent.ShrinkerScanEnd s) {
            pop(s.task());
        } else if (e instanceof TraceEvent.DirectReclaimBegin d) {
            frames(d.task()).push("direct reclaim gfp_mask=" + d.gfp());
        } else if (e instanceof TraceEvent.DirectReclaimEnd d) {
            pop(d.task());
        } else if (e instanceof TraceEvent.AllocRequested a) {
            request.put(a.task(), a);
        }
    }

    /** The task's open calls, outermost first, e.g. {@code [shrinker sb-1 scan_objects, A super_cache_scan]}. */
    List<String> stack(String task) {
        List<String> out = new ArrayList<>(frames(task));
        java.util.Collections.reverse(out);
        return out;
    }

    /** The innermost filesystem call of the task ({@code A free_cached_objects}), or the innermost frame, or null. */
    String part(String task) {
        for (String f : frames(task)) {
            if (!f.startsWith("shrinker ") && !f.startsWith("direct reclaim")) {
                return f;
            }
        }
        Deque<String> fs = frames(task);
        return fs.isEmpty() ? null : fs.peek();
    }

    /** The request the task made last, or null. */
    TraceEvent.AllocRequested request(String task) {
        return request.get(task);
    }

    private Deque<String> frames(String task) {
        return open.computeIfAbsent(task, t -> new ArrayDeque<>());
    }

    private void pop(String task) {
        Deque<String> fs = frames(task);
        if (!fs.isEmpty()) {
            fs.pop();
        }
    }
}
