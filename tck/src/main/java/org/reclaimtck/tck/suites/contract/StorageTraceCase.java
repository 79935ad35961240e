package org.reclaimtck.tck.suites.contract;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.oracles.dependency.TraceContract;
import org.reclaimtck.tck.rules.DependencyRules;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.rules.RuntimeRules;
import org.reclaimtck.tck.suites.runtime.WaitWakeJudge;
import org.reclaimtck.tck.workloads.ReclaimProbe;
import org.reclaimtck.tck.workloads.ScenarioCase;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S1's workload on ample memory with the reclaim probe, default variants: bios on vda, loop0 and dm-0 waited for and
 * completed by softirq and by loop0's worker, blocking allocations in many contexts, and three proactive reclaims.
 * Its trace must carry what the dependency oracle reads.
 */
@TckCase(suite = "trace-contract", id = "storage-stack-io", rules = {RuleIds.TRACE_1, RuleIds.TRACE_2, RuleIds.TRACE_3, RuleIds.TRACE_6,
        RuleIds.RT_8},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class StorageTraceCase extends ScenarioCase {
    /** The probe's masks: current_gfp_context(GFP_KERNEL) inside noio, inside nofs, then plain. */
    static final List<Gfp> PROBE_MASKS = List.of(Gfp.GFP_NOIO, Gfp.GFP_NOFS, Gfp.GFP_KERNEL);

    public StorageTraceCase() {
        super((kernel, pressure) -> StorageScenarios.s1(kernel, pressure, true), false, 100);
    }

    private static final RuleDispatch<BiConsumer<CaseRun, List<TraceEvent>>> CHECKS = RuleDispatch.of(Map.of(
            DependencyRules.TRACE_1, (run, trace) -> {
                requireSome(run, trace, e -> e instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.BIO,
                        "no task waited for a bio (WaitBegin of kind BIO)");
                requireNone(run, TraceContract.bioWaits(trace));
            },
            DependencyRules.TRACE_2, (run, trace) -> {
                requireSome(run, trace, e -> e instanceof TraceEvent.BioCompleted, "no bio completion was traced");
                requireNone(run, TraceContract.bioCompletions(trace, run.outcome().kind() == OutcomeKind.COMPLETED));
            },
            DependencyRules.TRACE_3, (run, trace) -> {
                requireSome(run, trace, e -> e instanceof TraceEvent.AllocMightReclaim, "no might_alloc was traced");
                requireNone(run, TraceContract.mightAlloc(trace));
            },
            DependencyRules.TRACE_6, (run, trace) ->
                    requireNone(run, TraceContract.proactiveReclaim(trace, ReclaimProbe.COMM, PROBE_MASKS)),
            RuntimeRules.RT_8, (run, trace) -> requireNone(run, WaitWakeJudge.judge(run.result()))));

    @Override
    public void check(CaseRun run) {
        CHECKS.of(run.rule(), run.caseId()).accept(run, run.result().trace());
    }

    private static void requireSome(CaseRun run, List<TraceEvent> trace, Predicate<TraceEvent> p, String otherwise) {
        run.require(trace.stream().anyMatch(p), () -> otherwise + " in a workload that must produce one");
    }

    static void requireNone(CaseRun run, List<String> findings) {
        run.require(findings.isEmpty(), () -> findings.size() + " event" + (findings.size() == 1 ? "" : "s")
                + " break the contract; the first: " + findings.get(0));
    }
}
