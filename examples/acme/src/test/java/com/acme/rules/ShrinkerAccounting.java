package com.acme.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The oracle of ACME-1: pairs each {@code mm_shrink_slab_start} of an {@code acme-cache:*} shrinker with its
 * {@code mm_shrink_slab_end} (per task, nested calls innermost first) and reports every scan that returned more
 * objects than {@code nr_to_scan}. Reads the trace the kernel recorded ({@code mm/shrinker.c} traces both), nothing
 * the part reports about itself.
 */
public final class ShrinkerAccounting {
    /** Shrinkers whose name starts with this are Acme's. */
    public static final String PREFIX = "acme-cache:";

    private ShrinkerAccounting() {
    }

    /** Every over-reported scan, in trace order, as one line each. */
    public static List<String> overReported(RunResult result) {
        List<String> out = new ArrayList<>();
        Map<String, ArrayDeque<TraceEvent.ShrinkerScanBegin>> open = new HashMap<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.ShrinkerScanBegin b && b.shrinker().startsWith(PREFIX)) {
                open.computeIfAbsent(e.task(), k -> new ArrayDeque<>()).push(b);
            } else if (e instanceof TraceEvent.ShrinkerScanEnd end && end.shrinker().startsWith(PREFIX)) {
                ArrayDeque<TraceEvent.ShrinkerScanBegin> stack = open.get(e.task());
                if (stack == null || stack.isEmpty()) {
                    out.add(end.render() + ": mm_shrink_slab_end without mm_shrink_slab_start");
                    continue;
                }
                TraceEvent.ShrinkerScanBegin begin = stack.pop();
                long asked = begin.control().nrToScan();
                if (end.freed() > asked) {
                    out.add(end.task() + ": " + end.shrinker() + " scan_objects reported freed=" + end.freed()
                            + " for nr_to_scan=" + asked + " (" + begin.control() + ")\n    " + begin.render()
                            + "\n    " + end.render());
                }
            }
        }
        return out;
    }
}
