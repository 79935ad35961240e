package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.model.TraceModel;

/**
 * The lockdep-style dependency oracle over any provider's trace: models lockdep ({@code kernel/locking/lockdep.c})
 * with the {@code fs_reclaim} annotations (K-LOCKDEP-1..3), an {@code io_reclaim} twin for {@code __GFP_IO}, and
 * completions and bios as dependencies, so it reports a possible reclaim deadlock the first time its dependencies
 * are seen, without memory pressure, even when the cycle runs through a loop device's worker.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DependencyOracle {
    private DependencyOracle() {
    }

    public static DependencyReport analyze(RunResult result) {
        return analyze(result.trace());
    }

    public static DependencyReport analyze(List<TraceEvent> trace) {
        DependencyTracker tracker = new DependencyTracker();
        TraceModel.walk(trace, tracker);
        DependencyGraph graph = tracker.graph();
        List<CircularDependency> cycles = new ArrayList<>();
        for (List<String> cycle : CycleSearch.cycles(graph)) {
            cycles.add(CircularDependency.of(cycle, graph));
        }
        cycles.sort(Comparator.comparingInt(c -> c.closing().first().position()));
        return new DependencyReport(graph, cycles, tracker.usage().inconsistent(), tracker.recursive());
    }
}
