package org.reclaimtck.tck.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * A wait for PG_writeback names the bio that ends it, so DEP-2 sees a cycle through it: a task that fsyncs a file on a
 * loop device while it holds the transaction the loop worker needs fails DEP-2 with the chain {@code bio:loop0 ->
 * A->log -> bio:loop0} and the waiting folio named; the same fsync outside the transaction passes. (The defaults pass
 * the dependency oracle on every built-in case over 100 seeds: {@code NoFalseAlarmTest}.)
 */
class WritebackWaitDependencyTest {
    private static EngineExecutionResults run(String name, Class<?> c) {
        return TckRun.named(name).provider(ReferenceKernelProvider.class).select(selectClass(c)).execute();
    }

    @Test
    void anFsyncHoldingWhatTheCompleterNeedsFailsDep2ThroughPgWriteback() {
        EngineExecutionResults r = run("pg-writeback-cycle", WritebackWaitCases.FsyncInTransaction.class);

        assertThat(Outcomes.failedSeeds(r, WritebackWaitCases.FsyncInTransaction.class, "DEP-2")).containsExactly(1L);
        assertThat(Outcomes.violations(r)).singleElement().satisfies(v -> assertThat(v.getMessage())
                .startsWith("DEP-2 violated: ")
                .contains("(bio:loop0 -> A->log -> bio:loop0)", "folio B:/f index 0 PG_writeback", "class=bio:loop0",
                        "by=loop0", "possible circular locking dependency detected"));
    }

    @Test
    void theSameFsyncOutsideTheTransactionPasses() {
        EngineExecutionResults r = run("pg-writeback-no-cycle", WritebackWaitCases.FsyncOutsideTransaction.class);

        r.testEvents().assertStatistics(s -> s.failed(0).aborted(0).succeeded(1));
        assertThat(Outcomes.passedSeeds(r, WritebackWaitCases.FsyncOutsideTransaction.class, "DEP-2"))
                .containsExactly(1L);
    }
}
