package org.reclaimtck.tck.suites.deadlock;

import java.util.List;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.report.PolicyComparison;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.suites.oom.OomJudge;
import org.reclaimtck.tck.suites.swap.PolicyMetrics;

/**
 * An S8 case ({@link S8Workload}) on one stack, judged by DL-1, POLICY-1 ({@link SuperblockNofsJudge}) and NOFAIL-2 ({@link OomJudge}), and compared across {@code gfp-policy} variants
 * (all of them beside each other, the kernel and per-superblock NOFS when stacked): pages reclaimed per NOFS direct reclaim, stall time, OOM kills, rules failed.
 */
abstract class S8Case implements KernelCase, PolicyComparison.Source {
    /** The stacked cases compare the kernel and the per-superblock proposal only: DL-1 at every depth. */
    static final List<String> STACKED_POLICIES = List.of("kernel", "per-sb-nofs");

    private final StackSpec stack;
    private final String title;
    private final List<String> policies;

    S8Case(StackSpec stack, String title, List<String> policies) {
        this.stack = stack;
        this.title = title;
        this.policies = List.copyOf(policies);
    }

    @Override
    public final void machine(MachineSpec.Builder machine) {
        S8Workload.machine(machine, stack);
    }

    @Override
    public final void workload(Kernel kernel) {
        S8Workload.spawn(kernel);
    }

    @Override
    public final void check(CaseRun run) {
        if (run.rule().id().equals(RuleIds.POLICY_1)) {
            SuperblockNofsJudge.check(run, stack);
        } else if (run.rule().id().equals(RuleIds.NOFAIL_2)) {
            OomJudge.check(run);
        } else {
            StorageRun.check(run);
        }
    }

    /** The stack the case builds. */
    final StackSpec stack() {
        return stack;
    }

    @Override
    public final PolicyComparison comparison() {
        return PolicyMetrics.comparisonWithoutSwap("S8, " + title, policies);
    }
}
