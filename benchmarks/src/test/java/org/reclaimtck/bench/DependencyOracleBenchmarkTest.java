package org.reclaimtck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.oracles.dependency.DependencyReport;

/** The benchmark's workload completes, and the oracle finds S1's cycle with gfp-io and nothing with async. */
class DependencyOracleBenchmarkTest {
    @Test
    void workloadCompletesAndTheOracleJudgesIt() {
        DependencyReport fixed = DependencyOracle.analyze(DependencyOracleBenchmark.completed(
                DependencyOracleBenchmark.s1(new ReferenceKernelProvider(), 1, "async").run()));
        DependencyReport buggy = DependencyOracle.analyze(DependencyOracleBenchmark.completed(
                DependencyOracleBenchmark.s1(new ReferenceKernelProvider(), 1, "gfp-io").run()));
        assertTrue(fixed.cycles().isEmpty(), fixed.render());
        assertEquals(1, buggy.cycles().size(), buggy.toString());
    }
}
