package org.reclaimtck.tck.suites.deadlock;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.DeadlockOracle;
import org.reclaimtck.tck.oracles.KswapdStallOracle;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.rules.StorageRules;

/** The checks the storage-stack cases share: DL-1 (the run completes) and FP-1 (kswapd never stalls in a shrinker). */
final class StorageRun {
    /** FP-1's bound: one second of virtual time in one {@code scan_objects} call. */
    static final long KSWAPD_SHRINKER_BOUND_NANOS = 1_000_000_000L;

    private StorageRun() {
    }

    private static final RuleDispatch<Consumer<CaseRun>> CHECKS = RuleDispatch.of(Map.of(
            StorageRules.DL_1, StorageRun::noDeadlock,
            StorageRules.FP_1, StorageRun::kswapdNeverStalls));

    static void check(CaseRun run) {
        CHECKS.of(run.rule(), run.caseId()).accept(run);
    }

    private static void noDeadlock(CaseRun run) {
        Optional<String> contradiction = DeadlockOracle.judge(run.result());
        contradiction.ifPresent(c -> {
            throw run.violation(c);
        });
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED, () -> "the workload did not complete: "
                + run.outcome().kind() + " in the storage stack (" + run.result().statistics().tasks() + " tasks)");
    }

    private static void kswapdNeverStalls(CaseRun run) {
        KswapdStallOracle.find(run.result(), KSWAPD_SHRINKER_BOUND_NANOS).ifPresent(stall -> {
            throw run.violation(stall.describe() + " (bound " + KSWAPD_SHRINKER_BOUND_NANOS / 1_000_000_000L + " s)",
                    stall.waits());
        });
    }
}
