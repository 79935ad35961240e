package org.reclaimtck.tck.scenarios;

import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * Runs named cases of the storage suites against the reference, judged by named rules only (other suites may add
 * cases and rules on the same workloads), with a variant selected, at the default 16 seeds.
 */
final class Scenarios {
    private Scenarios() {
    }

    /**
     * The cases {@code cases} and rules {@code rules} (values of reclaimtck.case and reclaimtck.rules) with
     * {@code variant} (a value of reclaimtck.variant, or null for the provider's defaults).
     */
    static TckRun on(String name, String cases, String rules, String variant) {
        TckRun run = TckRun.named(name).provider(ReferenceKernelProvider.class).param("reclaimtck.case", cases)
                .param("reclaimtck.rules", rules);
        return variant == null ? run : run.param("reclaimtck.variant", variant);
    }

    static EngineExecutionResults run(String name, String cases, String rules, String variant) {
        return on(name, cases, rules, variant).execute();
    }
}
