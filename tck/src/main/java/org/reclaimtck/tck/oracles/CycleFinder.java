package org.reclaimtck.tck.oracles;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.tck.oracles.graph.StronglyConnected;

/** Finds wait-for cycles among blocked tasks: one shortest cycle per strongly connected component. */
final class CycleFinder {
    private final Map<String, WaitEdge> byTask = new LinkedHashMap<>();
    private List<Set<String>> components = List.of();

    private CycleFinder(List<WaitEdge> blocked) {
        for (WaitEdge e : blocked) {
            byTask.put(e.task(), e);
        }
    }

    /** One cycle per strongly connected component that has one, in order of each component's first task. */
    static List<List<WaitEdge>> cycles(List<WaitEdge> blocked) {
        CycleFinder f = new CycleFinder(blocked);
        f.components = StronglyConnected.of(f.byTask.keySet(), f::successors);
        List<List<WaitEdge>> out = new ArrayList<>();
        Set<Set<String>> done = new HashSet<>();
        for (String t : f.byTask.keySet()) {
            for (Set<String> c : f.components) {
                if (c.contains(t) && done.add(c)) {
                    List<WaitEdge> cycle = f.shortestCycle(t, c);
                    if (!cycle.isEmpty()) {
                        out.add(cycle);
                    }
                }
            }
        }
        return out;
    }

    private List<String> successors(String t) {
        List<String> out = new ArrayList<>();
        for (String w : byTask.get(t).waitsFor()) {
            if (byTask.containsKey(w)) {
                out.add(w);
            }
        }
        return out;
    }


    /** Breadth-first from {@code start} back to itself inside the component; empty if it has no cycle. */
    private List<WaitEdge> shortestCycle(String start, Set<String> component) {
        Map<String, String> parent = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : successors(v)) {
                if (!component.contains(w)) {
                    continue;
                }
                if (w.equals(start)) {
                    List<WaitEdge> path = new ArrayList<>();
                    for (String x = v; x != null; x = parent.get(x)) {
                        path.add(0, byTask.get(x));
                    }
                    return path;
                }
                if (!parent.containsKey(w) && !w.equals(start)) {
                    parent.put(w, v);
                    queue.add(w);
                }
            }
        }
        return List.of();
    }
}
