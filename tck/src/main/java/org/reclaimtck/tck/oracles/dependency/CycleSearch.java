package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaimtck.tck.oracles.graph.StronglyConnected;

/**
 * Finds the distinct circular dependencies of the graph: models lockdep's {@code check_noncircular}, but over the
 * whole graph and for every cycle, not only the first. Each strongly connected component (Tarjan) yields the
 * shortest cycle through each of its edges; a cycle whose classes include all classes of another is dropped
 * (it adds no new deadlock), and so is a second cycle over the same classes.
 */
final class CycleSearch {
    /** At most this many cycles are reported for one trace. */
    static final int MAX_CYCLES = 64;

    private final DependencyGraph graph;
    private List<Set<String>> components = List.of();

    private CycleSearch(DependencyGraph graph) {
        this.graph = graph;
    }

    /** Each cycle as its classes {@code c0 -> c1 -> ... -> c0}, in order of discovery. */
    static List<List<String>> cycles(DependencyGraph graph) {
        CycleSearch s = new CycleSearch(graph);
        s.components = StronglyConnected.of(graph.classes(), s::successors);
        List<List<String>> found = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (Set<String> component : s.components) {
            if (component.size() < 2) {
                continue;
            }
            for (String u : graph.classes()) {
                if (!component.contains(u)) {
                    continue;
                }
                for (DependencyEdge e : graph.edgesFrom(u)) {
                    if (!component.contains(e.to())) {
                        continue;
                    }
                    List<String> cycle = new ArrayList<>();
                    cycle.add(u);
                    cycle.addAll(s.shortestPath(e.to(), u, component));
                    cycle.remove(cycle.size() - 1);
                    if (seen.add(new HashSet<>(cycle))) {
                        found.add(cycle);
                    }
                }
            }
        }
        return minimal(found);
    }

    private static List<List<String>> minimal(List<List<String>> cycles) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> c : cycles) {
            Set<String> classes = new HashSet<>(c);
            boolean implied = false;
            for (List<String> other : cycles) {
                if (other != c && other.size() < c.size() && classes.containsAll(other)) {
                    implied = true;
                    break;
                }
            }
            if (!implied && out.size() < MAX_CYCLES) {
                out.add(c);
            }
        }
        return out;
    }

    /** Breadth-first inside the component: {@code from .. to}, both included. */
    private List<String> shortestPath(String from, String to, Set<String> component) {
        Map<String, String> parent = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        parent.put(from, null);
        queue.add(from);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            if (v.equals(to)) {
                break;
            }
            for (DependencyEdge e : graph.edgesFrom(v)) {
                if (component.contains(e.to()) && !parent.containsKey(e.to())) {
                    parent.put(e.to(), v);
                    queue.add(e.to());
                }
            }
        }
        List<String> path = new ArrayList<>();
        for (String x = to; x != null; x = parent.get(x)) {
            path.add(0, x);
        }
        return path;
    }


    private List<String> successors(String v) {
        List<String> out = new ArrayList<>();
        for (DependencyEdge e : graph.edgesFrom(v)) {
            out.add(e.to());
        }
        return out;
    }
}
