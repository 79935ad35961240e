package org.reclaimtck.ref.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * Explains why nothing can run: builds the wait-for graph of the blocked tasks (mutex owners, rwsem
 * holders, the declared wakers of completions and wait queues) and reports a cycle as a deadlock, or
 * the chain to an object nobody can signal as a lost wakeup. What lockdep and the hung-task report
 * would tell a kernel engineer, proven rather than suspected.
 */
final class StallAnalyzer {
    private StallAnalyzer() {
    }

    static Outcome analyze(Sim sim) {
        List<SimTask> stuck = new ArrayList<>();
        for (SimTask t : sim.tasks) {
            if (t.state == SimTask.State.BLOCKED && !(t.blockedOn.idle && t.isKthread())) {
                stuck.add(t);
            }
        }
        if (stuck.isEmpty()) {
            return new Outcome.Completed();
        }
        List<SimTask> cycle = findCycle(stuck);
        if (!cycle.isEmpty()) {
            List<WaitEdge> edges = new ArrayList<>();
            for (SimTask t : cycle) {
                edges.add(edge(t));
            }
            List<WaitEdge> others = new ArrayList<>();
            for (SimTask t : stuck) {
                if (!cycle.contains(t)) {
                    others.add(edge(t));
                }
            }
            return new Outcome.Deadlock(edges, others);
        }
        return new Outcome.LostWakeup(chainFrom(firstUserTask(stuck)));
    }

    static WaitEdge edge(SimTask t) {
        BlockInfo b = t.blockedOn;
        return new WaitEdge(t.comm(), t.context(), t.heldNames(), b.kind, b.object, b.lockClass,
                Sim.comms(b.waitsFor.get()), Backtrace.of(t));
    }

    private static List<SimTask> successors(SimTask t) {
        BlockInfo b = t.blockedOn;
        return b == null ? List.of() : b.waitsFor.get();
    }

    private static boolean isStuck(SimTask t) {
        return t.state == SimTask.State.BLOCKED && !(t.blockedOn.idle && t.isKthread());
    }

    /** The first cycle found by depth-first search in pid order, rotated to start at its lowest pid. */
    private static List<SimTask> findCycle(List<SimTask> stuck) {
        Map<SimTask, Integer> color = new HashMap<>();
        for (SimTask start : stuck) {
            List<SimTask> path = new ArrayList<>();
            List<SimTask> found = dfs(start, color, path);
            if (!found.isEmpty()) {
                return rotate(found);
            }
        }
        return List.of();
    }

    private static List<SimTask> dfs(SimTask t, Map<SimTask, Integer> color, List<SimTask> path) {
        Integer c = color.get(t);
        if (c != null && c == 2) {
            return List.of();
        }
        if (c != null && c == 1) {
            return new ArrayList<>(path.subList(path.indexOf(t), path.size()));
        }
        color.put(t, 1);
        path.add(t);
        for (SimTask next : successors(t)) {
            if (isStuck(next)) {
                List<SimTask> found = dfs(next, color, path);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        color.put(t, 2);
        return List.of();
    }

    private static List<SimTask> rotate(List<SimTask> cycle) {
        int min = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i).pid() < cycle.get(min).pid()) {
                min = i;
            }
        }
        List<SimTask> out = new ArrayList<>(cycle.subList(min, cycle.size()));
        out.addAll(cycle.subList(0, min));
        return out;
    }

    private static SimTask firstUserTask(List<SimTask> stuck) {
        for (SimTask t : stuck) {
            if (!t.isKthread()) {
                return t;
            }
        }
        return stuck.get(0);
    }

    /** From a stuck task along the first waker until a task that waits on nobody (or an idle kthread). */
    private static List<WaitEdge> chainFrom(SimTask start) {
        List<WaitEdge> chain = new ArrayList<>();
        List<SimTask> seen = new ArrayList<>();
        SimTask t = start;
        while (t != null && !seen.contains(t) && t.state == SimTask.State.BLOCKED) {
            seen.add(t);
            chain.add(edge(t));
            List<SimTask> next = successors(t);
            t = next.isEmpty() ? null : next.get(0);
        }
        return chain;
    }
}
