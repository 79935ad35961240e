package org.reclaimtck.tck.suites.deadlock;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.dependency.CircularDependency;
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.oracles.dependency.DependencyReport;
import org.reclaimtck.tck.oracles.dependency.InconsistentUsage;
import org.reclaimtck.tck.rules.DependencyRules;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.workloads.ScenarioCase;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * A deadlock-suite case judged by the dependency oracle (DEP-1..3), lockdep's way: one run on ample memory, with the
 * reclaim probe walking each reclaim path once, so a possible deadlock is reported without ever happening.
 */
abstract class DependencyCase extends ScenarioCase {
    private static final RuleDispatch<BiConsumer<CaseRun, DependencyReport>> CHECKS = RuleDispatch.of(Map.of(
            DependencyRules.DEP_1, (run, report) ->
                    requireNone(run, report.reclaimCycles(), "through fs_reclaim or io_reclaim"),
            DependencyRules.DEP_2, (run, report) ->
                    requireNone(run, report.completionCycles(), "through a bio or a completion"),
            DependencyRules.DEP_3, DependencyCase::requireConsistentUsage,
            DependencyRules.DEP_4, LockOrderJudge::check));

    /** A storage scenario of {@link StorageScenarios} with the reclaim probe. */
    interface ProbedScenario {
        void run(Kernel kernel, boolean pressure, boolean probe);
    }

    DependencyCase(ProbedScenario scenario, String... pinnedVariant) {
        super((kernel, pressure) -> scenario.run(kernel, pressure, true), false, 100, pinnedVariant);
    }

    @Override
    public final void check(CaseRun run) {
        DependencyReport report = DependencyOracle.analyze(run.result());
        run.note("dependency-graph", report.toString());
        CHECKS.of(run.rule(), run.caseId()).accept(run, report);
    }

    private static void requireConsistentUsage(CaseRun run, DependencyReport report) {
        List<InconsistentUsage> usage = report.usageBugs();
        run.require(usage.isEmpty(), () -> usage.size() + " inconsistent reclaim usage"
                + (usage.size() == 1 ? "" : "s") + " (" + usage.stream().map(InconsistentUsage::toString)
                .collect(Collectors.joining("; ")) + "):\n"
                + usage.stream().map(InconsistentUsage::report).collect(Collectors.joining("\n")));
    }

    static void requireNone(CaseRun run, List<CircularDependency> cycles, String where) {
        run.require(cycles.isEmpty(), () -> cycles.size() + " possible circular locking "
                + (cycles.size() == 1 ? "dependency " : "dependencies ") + where + " (" + cycles.stream().map(CircularDependency::ring).collect(Collectors.joining("; "))
                + "), seen in one run without memory pressure:\n"
                + cycles.stream().map(CircularDependency::report).collect(Collectors.joining("\n")));
    }
}
