package org.reclaimtck.tck.suites.recursion;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.RecursionScopeOracle;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.rules.StorageRules;
import org.reclaimtck.tck.workloads.ScenarioCase;

/** A recursion-scope case: a storage scenario whose trace is judged by SCOPE-3..6, whatever the run's outcome. */
abstract class ScopeCase extends ScenarioCase {
    private static final RuleDispatch<Function<RecursionScopeOracle.Findings, List<String>>> FINDINGS =
            RuleDispatch.of(Map.of(
                    StorageRules.SCOPE_3, f -> f.fsEntryWithoutFs,
                    StorageRules.SCOPE_4, f -> f.ioWaitWithoutIo,
                    StorageRules.SCOPE_5, f -> f.nestedReclaim,
                    StorageRules.SCOPE_6, f -> f.fsAllocationInTransaction));

    ScopeCase(BiConsumer<Kernel, Boolean> scenario, boolean pressure, String... pinnedVariant) {
        super(scenario, pressure, 100, pinnedVariant);
    }

    @Override
    public final void check(CaseRun run) {
        Function<RecursionScopeOracle.Findings, List<String>> finding = FINDINGS.of(run.rule(), run.caseId());
        List<String> found = finding.apply(RecursionScopeOracle.judge(run.result()));
        run.require(found.isEmpty(), () -> found.size() + " time" + (found.size() == 1 ? "" : "s") + " in the trace; the"
                + " first: " + found.get(0));
    }
}
