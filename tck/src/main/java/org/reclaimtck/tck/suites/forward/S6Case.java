package org.reclaimtck.tck.suites.forward;

import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.rules.ForwardProgressRules;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * An S6 case: a 4 MiB machine ({@link StorageStacks#SMALL_MEMORY_PAGES}) with filesystem {@code A} on disk
 * {@code vda} (queue depth 32, a latency per case), judged by FP-2..FP-8.
 */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public abstract class S6Case implements KernelCase {
    private final long diskLatencyMicros;

    private static final RuleDispatch<Consumer<CaseRun>> CHECKS = RuleDispatch.of(Map.of(
            ForwardProgressRules.FP_2, run -> ForwardJudge.require(run, ForwardJudge.reclaimNeverWrites(run.result())),
            ForwardProgressRules.FP_3, run -> ForwardJudge.require(run, ForwardJudge.boundedThrottling(run.result())),
            ForwardProgressRules.FP_4, run -> ForwardJudge.require(run, ForwardJudge.syncIsDurable(run.result())),
            ForwardProgressRules.FP_5, run -> ForwardJudge.require(run, ForwardJudge.noOomWhileCleanable(run.result())),
            ForwardProgressRules.FP_6, run -> ForwardJudge.require(run,
                    ForwardJudge.directReclaimLatency(run.result())),
            ForwardProgressRules.FP_7, run -> ForwardJudge.require(run,
                    RotationJudge.writtenBackFirst(run.result())),
            ForwardProgressRules.FP_8, run -> ForwardJudge.require(run, KswapdJudge.balanceLatency(run.result()))));

    /** @param diskLatencyMicros latency of one request of {@code vda}: the virtual time writeback takes */
    protected S6Case(long diskLatencyMicros) {
        this.diskLatencyMicros = diskLatencyMicros;
    }

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(StorageStacks.SMALL_MEMORY_PAGES).stack(StackSpec.builder()
                .disk("vda", 1 << 20, 32, diskLatencyMicros)
                .mkfs("A", "vda", StorageStacks.LOG_UNITS, 512)
                .build());
    }

    @Override
    public final void check(CaseRun run) {
        CHECKS.of(run.rule(), run.caseId()).accept(run);
    }
}
