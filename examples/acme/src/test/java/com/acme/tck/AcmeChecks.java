package com.acme.tck;

import com.acme.rules.AcmeRules;
import com.acme.rules.ShrinkerAccounting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.DeadlockOracle;
import org.reclaimtck.tck.oracles.RecursionScopeOracle;
import org.reclaimtck.tck.oracles.dependency.CircularDependency;
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.oracles.dependency.DependencyReport;
import org.reclaimtck.tck.oracles.dependency.InconsistentUsage;
import org.reclaimtck.tck.oracles.model.ReclaimContext;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/** The checks of Acme's cases: the kit's oracles for its rules, {@link ShrinkerAccounting} for ACME-1. */
final class AcmeChecks {
    private AcmeChecks() {
    }

    /** Judges {@code run.rule()}, whichever of the kit's rules or ACME-1 it is. */
    static void check(CaseRun run) {
        String id = run.rule().id();
        switch (id) {
            case "SCOPE-3", "SCOPE-4", "SCOPE-5", "SCOPE-6" -> scope(run, id);
            case "DL-1" -> noDeadlock(run);
            case "DEP-1", "DEP-2", "DEP-3" -> dependencies(run, id);
            case AcmeRules.ACME_1 -> shrinkerAccounting(run);
            default -> throw new IllegalStateException(run.caseId() + " does not check " + id);
        }
    }

    private static void scope(CaseRun run, String id) {
        RecursionScopeOracle.Findings f = RecursionScopeOracle.judge(run.result());
        List<String> found = switch (id) {
            case "SCOPE-3" -> f.fsEntryWithoutFs;
            case "SCOPE-4" -> f.ioWaitWithoutIo;
            case "SCOPE-5" -> f.nestedReclaim;
            default -> f.fsAllocationInTransaction;
        };
        run.require(found.isEmpty(), () -> found.size() + " time" + (found.size() == 1 ? "" : "s")
                + " in the trace; the first: " + found.get(0)
                + (id.equals("SCOPE-3") ? "\n" + fsEntryChain(run).orElse("") : ""));
    }

    /** The call chain of the first filesystem entry under a mask without {@code __GFP_FS}, outermost first. */
    private static Optional<String> fsEntryChain(CaseRun run) {
        List<String> chain = new ArrayList<>();
        TraceModel.walk(run.result().trace(), new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent e, TraceModel model) {
                if (!chain.isEmpty() || !(e instanceof TraceEvent.FsEnter fe)) {
                    return;
                }
                TaskModel t = model.taskOf(e);
                Optional<ReclaimContext> in = t.innermostReclaim();
                if (in.isEmpty() || in.get().gfp().allowsFs()) {
                    return;
                }
                chain.add(e.task() + (t.scopes().isEmpty() ? "" : " [" + String.join(" ", t.scopes()) + "]"));
                t.held().forEach(h -> chain.add("holding " + h.describe()));
                t.reclaim().forEach(r -> chain.add(r.describe()));
                chain.add("fs_enter " + fe.superBlock() + " " + fe.operation() + "   <- " + fe.render());
            }
        });
        return chain.isEmpty() ? Optional.empty()
                : Optional.of("call chain (outermost first):\n  " + String.join("\n  -> ", chain));
    }

    private static void noDeadlock(CaseRun run) {
        DeadlockOracle.judge(run.result()).ifPresent(c -> {
            throw run.violation(c);
        });
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED, () -> "the workload did not complete: "
                + run.outcome().kind() + " in the acme stack (" + run.result().statistics().tasks() + " tasks)");
    }

    private static void dependencies(CaseRun run, String id) {
        DependencyReport report = DependencyOracle.analyze(run.result());
        if (id.equals("DEP-3")) {
            List<InconsistentUsage> usage = report.usageBugs();
            run.require(usage.isEmpty(), () -> usage.size() + " inconsistent reclaim usage"
                    + (usage.size() == 1 ? "" : "s") + " (" + usage.stream().map(InconsistentUsage::toString)
                    .collect(Collectors.joining("; ")) + "):\n"
                    + usage.stream().map(InconsistentUsage::report).collect(Collectors.joining("\n")));
            return;
        }
        List<CircularDependency> cycles = id.equals("DEP-1") ? report.reclaimCycles() : report.completionCycles();
        run.require(cycles.isEmpty(), () -> "possible circular locking dependency "
                + cycles.stream().map(CircularDependency::ring).collect(Collectors.joining("; ")) + ":\n"
                + cycles.stream().map(CircularDependency::report).collect(Collectors.joining("\n")));
    }

    private static void shrinkerAccounting(CaseRun run) {
        List<String> over = ShrinkerAccounting.overReported(run.result());
        run.require(over.isEmpty(), () -> over.get(0) + (over.size() == 1 ? "" : "\n  (and " + (over.size() - 1)
                + " more scan" + (over.size() == 2 ? "" : "s") + " like it)"));
    }
}
