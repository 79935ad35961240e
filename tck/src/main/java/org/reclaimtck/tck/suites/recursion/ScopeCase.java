package org.reclaimtck.tck.suites.recursion;

import java.util.List;
import java.util.function.BiConsumer;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.RecursionScopeOracle;
import org.reclaimtck.tck.workloads.ScenarioCase;

/** A recursion-scope case: a storage scenario whose trace is judged by SCOPE-3..6, whatever the run's outcome. */
abstract class ScopeCase extends ScenarioCase {
    ScopeCase(BiConsumer<Kernel, Boolean> scenario, boolean pressure, String... pinnedVariant) {
        super(scenario, pressure, 100, pinnedVariant);
    }

    @Override
    public final void check(CaseRun run) {
        RecursionScopeOracle.Findings f = RecursionScopeOracle.judge(run.result());
        List<String> found;
        switch (run.rule().id()) {
            case "SCOPE-3":
                found = f.fsEntryWithoutFs;
                break;
            case "SCOPE-4":
                found = f.ioWaitWithoutIo;
                break;
            case "SCOPE-5":
                found = f.nestedReclaim;
                break;
            case "SCOPE-6":
                found = f.fsAllocationInTransaction;
                break;
            default:
                throw new IllegalStateException(run.caseId() + " does not check " + run.rule().id());
        }
        run.require(found.isEmpty(), () -> found.size() + " time" + (found.size() == 1 ? "" : "s") + " in the trace; the"
                + " first: " + found.get(0));
    }
}
