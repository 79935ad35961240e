package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What the dependency oracle found in one trace: the graph, every distinct circular dependency and every
 * inconsistent reclaim usage, with the subsets each DEP rule judges. Models lockdep's warnings, all of them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DependencyReport {
    private final DependencyGraph graph;
    private final List<CircularDependency> cycles;
    private final List<InconsistentUsage> usage;
    private final List<RecursiveLocking> recursive;

    DependencyReport(DependencyGraph graph, List<CircularDependency> cycles, List<InconsistentUsage> usage,
                     List<RecursiveLocking> recursive) {
        this.graph = graph;
        this.cycles = List.copyOf(cycles);
        this.usage = List.copyOf(usage);
        this.recursive = List.copyOf(recursive);
    }

    public DependencyGraph graph() {
        return graph;
    }

    /** Every distinct circular dependency, plain lock cycles included, in order of their closing dependency. */
    public List<CircularDependency> cycles() {
        return cycles;
    }

    /** DEP-1: cycles through {@code fs_reclaim} or {@code io_reclaim}. */
    public List<CircularDependency> reclaimCycles() {
        return cycles.stream().filter(CircularDependency::throughReclaim).collect(Collectors.toList());
    }

    /** DEP-2: cycles through a bio or a completion. */
    public List<CircularDependency> completionCycles() {
        return cycles.stream().filter(CircularDependency::throughCompletion).collect(Collectors.toList());
    }

    /** DEP-4: cycles among lock classes alone (no reclaim pseudo-lock, bio or completion). */
    public List<CircularDependency> lockCycles() {
        return cycles.stream().filter(c -> !c.throughReclaim() && !c.throughCompletion()).collect(Collectors.toList());
    }

    /** DEP-4: a task acquiring a lock class it already holds. */
    public List<RecursiveLocking> recursiveLocking() {
        return recursive.stream().filter(r -> !r.mempool()).collect(Collectors.toList());
    }

    /** MEMPOOL-2: a task allocating from a mempool while it holds an element of the same pool (K-MEMPOOL-3). */
    public List<RecursiveLocking> nestedMempoolAllocations() {
        return recursive.stream().filter(RecursiveLocking::mempool).collect(Collectors.toList());
    }

    /** DEP-3: classes held across a reclaim-capable allocation and also taken inside reclaim. */
    public List<InconsistentUsage> usageBugs() {
        return usage;
    }

    /** True if no DEP rule has anything to report (plain lock cycles are RT-2's business). */
    public boolean clean() {
        return reclaimCycles().isEmpty() && completionCycles().isEmpty() && usage.isEmpty();
    }

    /** Every report as lockdep prints it, one after the other; empty if there is none. */
    public String render() {
        List<String> out = new ArrayList<>();
        cycles.forEach(c -> out.add(c.report()));
        usage.forEach(u -> out.add(u.report()));
        recursive.forEach(r -> out.add(r.report()));
        return String.join("\n", out);
    }

    @Override
    public String toString() {
        return graph.classes().size() + " classes, " + graph.edgeCount() + " dependencies, " + cycles.size()
                + " circular, " + usage.size() + " inconsistent usage";
    }
}
