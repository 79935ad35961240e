package com.acme.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.api.RuleViolation;

/**
 * Keeps the example honest: Acme's cases pass on 100 seeds with every part's default variant, and each buggy variant
 * fails the rule its bug breaks (the kit's and ACME-1), with the failure explained in kernel terms.
 */
class AcmeVariantsTest {
    private static final int BUGGY_SEEDS = 16;

    @Test
    void theFixedPartsPassEveryCaseOnAHundredSeeds() {
        long t0 = System.nanoTime();
        EngineExecutionResults r = TckRuns.run("defaults", 100, "", TckRuns.CASES);
        System.out.printf("acme cases, default variants, 100 seeds: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        assertThat(r.containerEvents().failed().count()).isZero();
        assertThat(TckRuns.violations(r)).extracting(RuleViolation::getMessage).isEmpty();
        // 3 cases x 100 seeds x their rules, plus the dependency case's one seed x 3 rules
        assertThat(r.testEvents().succeeded().count()).isEqualTo(100 * (4 + 3 + 4 + 3) + 3);
    }

    @Test
    void acmefsWithoutItsNofsScopeFailsScope6InOneRunAndDeadlocksUnderPressure() {
        EngineExecutionResults r = TckRuns.run("acmefs-no-nofs", BUGGY_SEEDS, "acmefs:no-nofs", TckRuns.CASES);

        assertThat(TckRuns.failedRules(r)).contains("acme/transaction-allocation SCOPE-6",
                "acme/transaction-reclaim DL-1", "acme/dependency-graph DEP-1", "acme/dependency-graph DEP-3");
        assertThat(failedSeeds(r, "acme/transaction-allocation", "SCOPE-6")).hasSize(BUGGY_SEEDS);
        assertThat(first(r, "acme/transaction-allocation", "SCOPE-6").getMessage())
                .contains("xfs_io allocated with gfp=GFP_KERNEL (effective GFP_KERNEL) while holding transaction");
        assertThat(first(r, "acme/dependency-graph", "DEP-1").getMessage())
                .contains("fs_reclaim -> A->log -> fs_reclaim");
        assertThat(first(r, "acme/transaction-reclaim", "DL-1").cycleTasks()).containsExactly("xfs_io");
    }

    @Test
    void acmeblkAllocatingGfpKernelInItsIoPathFailsDep1AndDep2() {
        EngineExecutionResults r = TckRuns.run("acmeblk-gfp-kernel", BUGGY_SEEDS, "acmeblk:gfp-kernel", TckRuns.CASES);

        // the dependency oracle finds it in one run; under pressure some seeds also deadlock for real (acmeblk0's
        // GFP_KERNEL reclaim evicts an inode of A and waits for log space that only xfsaild/A, waiting on
        // acmeblk0, can free)
        assertThat(TckRuns.failedRules(r)).contains("acme/dependency-graph DEP-1", "acme/dependency-graph DEP-2")
                .isSubsetOf("acme/dependency-graph DEP-1", "acme/dependency-graph DEP-2",
                        "acme/cache-nofs-transaction DL-1");
        assertThat(first(r, "acme/dependency-graph", "DEP-1").getMessage())
                .contains("fs_reclaim -> bio:acmeblk0 -> fs_reclaim")
                .contains("WARNING: possible circular locking dependency detected");
    }

    @Test
    void acmeCacheWithoutTheFsCheckFailsScope3WithTheCallChain() {
        EngineExecutionResults r = TckRuns.run("acme-cache-no-fs-check", BUGGY_SEEDS, "acme-cache:no-fs-check",
                TckRuns.CASES);

        assertThat(TckRuns.failedRules(r)).contains("acme/cache-reclaim-probe SCOPE-3",
                "acme/cache-nofs-transaction SCOPE-3", "acme/cache-nofs-transaction DL-1");
        assertThat(failedSeeds(r, "acme/cache-reclaim-probe", "SCOPE-3")).hasSize(BUGGY_SEEDS);
        assertThat(first(r, "acme/cache-reclaim-probe", "SCOPE-3").getMessage())
                .contains("memory.reclaim entered filesystem A (trans_start) inside acme-cache:acme0 scan_objects"
                        + " (GFP_NOIO), which lacks __GFP_FS")
                .contains("call chain (outermost first):")
                .contains("-> direct reclaim (GFP_NOIO)\n    -> acme-cache:acme0 scan_objects (GFP_NOIO)\n"
                        + "    -> fs_enter A trans_start");
        assertThat(first(r, "acme/cache-nofs-transaction", "DL-1").getMessage())
                .contains("AcmeCacheShrinker.scanObjects");
    }

    @Test
    void acmeCacheReportingItsCountAsFreedFailsAcme1AndNothingElse() {
        EngineExecutionResults r = TckRuns.run("acme-cache-report-count", BUGGY_SEEDS, "acme-cache:report-count",
                TckRuns.CASES);

        assertThat(TckRuns.failedRules(r)).containsExactly("acme/cache-reclaim-probe ACME-1");
        assertThat(failedSeeds(r, "acme/cache-reclaim-probe", "ACME-1")).hasSize(BUGGY_SEEDS);
        assertThat(first(r, "acme/cache-reclaim-probe", "ACME-1").getMessage())
                .startsWith("ACME-1 violated: memory.reclaim: acme-cache:acme0 scan_objects reported freed=256 for"
                        + " nr_to_scan=128");
    }

    private static List<Long> failedSeeds(EngineExecutionResults r, String caseId, String rule) {
        return TckRuns.violations(r).stream().filter(v -> v.caseId().equals(caseId) && v.ruleId().equals(rule))
                .map(RuleViolation::seed).toList();
    }

    private static RuleViolation first(EngineExecutionResults r, String caseId, String rule) {
        return TckRuns.violations(r).stream().filter(v -> v.caseId().equals(caseId) && v.ruleId().equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError(caseId + " did not fail " + rule + ": "
                        + TckRuns.failedRules(r)));
    }
}
