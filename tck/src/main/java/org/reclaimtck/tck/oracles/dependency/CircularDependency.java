package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One circular dependency between classes: models lockdep's {@code print_circular_bug} finding. {@code chain} runs
 * from the class the closing dependency acquired ({@code N}) to the class its task held ({@code H}): {@code N -> X1
 * -> ... -> H}, and {@code edges} are those dependencies in the same order followed by the closing one
 * {@code H -> N}, the one seen last in the trace (the acquisition lockdep would have warned at).
 *
 * @param chain the classes, {@code N} first and {@code H} last
 * @param kinds the kind of each class of {@code chain}
 * @param edges {@code chain[i] -> chain[i+1]}, then the closing {@code H -> N}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CircularDependency(List<String> chain, List<ClassKind> kinds, List<DependencyEdge> edges) {
    public CircularDependency {
        chain = List.copyOf(chain);
        kinds = List.copyOf(kinds);
        edges = List.copyOf(edges);
    }

    /** Builds the finding for a cycle {@code c0 -> c1 -> ... -> c0} of the graph. */
    static CircularDependency of(List<String> cycle, DependencyGraph graph) {
        int n = cycle.size();
        int closing = 0;
        List<DependencyEdge> ring = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DependencyEdge e = graph.edge(cycle.get(i), cycle.get((i + 1) % n)).orElseThrow();
            ring.add(e);
            if (e.first().position() > ring.get(closing).first().position()) {
                closing = i;
            }
        }
        List<String> chain = new ArrayList<>();
        List<ClassKind> kinds = new ArrayList<>();
        List<DependencyEdge> edges = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            int i = (closing + k) % n;
            chain.add(cycle.get(i));
            kinds.add(graph.kindOf(cycle.get(i)));
            edges.add(ring.get(i));
        }
        return new CircularDependency(chain, kinds, edges);
    }

    /** The dependency seen last, {@code H -> N}. */
    public DependencyEdge closing() {
        return edges.get(edges.size() - 1);
    }

    /** True if the cycle passes through {@code fs_reclaim} or {@code io_reclaim} (DEP-1). */
    public boolean throughReclaim() {
        return kinds.contains(ClassKind.RECLAIM);
    }

    /** True if the cycle passes through a bio or a completion (DEP-2). */
    public boolean throughCompletion() {
        return kinds.contains(ClassKind.BIO) || kinds.contains(ClassKind.COMPLETION);
    }

    /**
     * The classes of the cycle starting at its first reclaim pseudo-lock (or at {@code N}), e.g.
     * {@code [io_reclaim, bio:dm-0, A->log]}.
     */
    public List<String> classes() {
        int start = Math.max(0, kinds.indexOf(ClassKind.RECLAIM));
        List<String> out = new ArrayList<>(chain);
        Collections.rotate(out, -start);
        return out;
    }

    /** {@code io_reclaim -> bio:dm-0 -> A->log -> io_reclaim}. */
    public String ring() {
        List<String> c = classes();
        return String.join(" -> ", c) + " -> " + c.get(0);
    }

    /** The report as lockdep prints it: header, chain in reverse order, the CPU0/CPU1 scenario, DEADLOCK. */
    public String report() {
        return LockdepText.circular(this);
    }

    @Override
    public String toString() {
        return ring();
    }

    /** For {@link LockdepText}: the class each chain entry leads to, with the dependency into it. */
    Map.Entry<String, DependencyEdge> entry(int i) {
        return Map.entry(chain.get(i), edges.get((i + edges.size() - 1) % edges.size()));
    }
}
