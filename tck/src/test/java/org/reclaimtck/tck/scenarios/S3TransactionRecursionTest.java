package org.reclaimtck.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.suites.deadlock.S3AmpleMemoryCase;
import org.reclaimtck.tck.testkit.Outcomes;

/**
 * S3: with {@code xfs:no-nofs-scope} a transaction's GFP_KERNEL allocation reclaims A's inodes, whose eviction waits
 * for the log space the transaction holds. DL-1 fails under pressure with xfs_io waiting on itself; SCOPE-6 catches
 * the same bug in one run without pressure.
 */
class S3TransactionRecursionTest {
    private static final String CASE = "deadlock/s3-transaction-gfp-kernel";

    @Test
    void transactionWithoutNofsScopeWaitsForItsOwnLogSpace() {
        EngineExecutionResults r = Scenarios.run("s3-no-nofs-scope", CASE + ",deadlock/s3-ample-memory", "DL-1",
                "xfs:no-nofs-scope");

        assertThat(Outcomes.failedRules(r)).containsExactly("DL-1");
        List<RuleViolation> failures = Outcomes.violations(r);
        assertThat(failures).isNotEmpty().allSatisfy(v -> {
            assertThat(v.caseId()).isEqualTo(CASE);
            assertThat(v.cycleTasks()).containsExactly("xfs_io");
            WaitEdge xfsIo = Outcomes.cycleEdge(v, "xfs_io");
            assertThat(xfsIo.kind()).isEqualTo(WaitKind.LOG_SPACE);
            assertThat(xfsIo.object()).contains("A");
            assertThat(xfsIo.held()).anySatisfy(h -> assertThat(h).startsWith("transaction"));
            assertThat(xfsIo.waitsFor()).containsExactly("xfs_io");
        });
        assertThat(Outcomes.passedSeeds(r, S3AmpleMemoryCase.class, "DL-1")).hasSize(16);
    }

    @Test
    void scope6CatchesTheMissingNofsScopeInOneRunWithoutPressure() {
        String allocation = "recursion-scope/transaction-allocation";
        EngineExecutionResults buggy = Scenarios.on("s3-scope6-buggy", allocation, "SCOPE-*", "xfs:no-nofs-scope")
                .param("reclaimtck.seeds", "1").execute();
        EngineExecutionResults fixed = Scenarios.on("s3-scope6-fixed", allocation, "SCOPE-*", null)
                .param("reclaimtck.seeds", "1").execute();

        assertThat(Outcomes.failedRules(buggy)).containsExactly("SCOPE-6");
        assertThat(Outcomes.passedRules(buggy)).containsExactly("SCOPE-3", "SCOPE-4", "SCOPE-5");
        RuleViolation v = Outcomes.violations(buggy).get(0);
        assertThat(v.outcomeKind()).isEqualTo("COMPLETED");
        assertThat(v.getMessage()).contains("xfs_io allocated with gfp=GFP_KERNEL");
        fixed.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
    }
}
