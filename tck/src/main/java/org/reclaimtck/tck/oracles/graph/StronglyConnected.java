package org.reclaimtck.tck.oracles.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/** Tarjan's strongly connected components of a directed graph of named nodes: where every cycle lives. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StronglyConnected {
    private final Function<String, ? extends Collection<String>> successors;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<Set<String>> components = new ArrayList<>();
    private int next;

    private StronglyConnected(Function<String, ? extends Collection<String>> successors) {
        this.successors = successors;
    }

    /** The components, in the order Tarjan's algorithm closes them, visiting {@code nodes} in order. */
    public static List<Set<String>> of(Collection<String> nodes,
                                       Function<String, ? extends Collection<String>> successors) {
        StronglyConnected s = new StronglyConnected(successors);
        for (String v : nodes) {
            if (!s.index.containsKey(v)) {
                s.connect(v);
            }
        }
        return s.components;
    }

    private void connect(String v) {
        index.put(v, next);
        low.put(v, next);
        next++;
        stack.push(v);
        onStack.add(v);
        for (String w : successors.apply(v)) {
            if (!index.containsKey(w)) {
                connect(w);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> c = new HashSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                c.add(w);
            } while (!w.equals(v));
            components.add(c);
        }
    }
}
