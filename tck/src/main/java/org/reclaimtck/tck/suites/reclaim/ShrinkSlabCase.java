package org.reclaimtck.tck.suites.reclaim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.ReclaimRules;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * Four probe shrinkers that never free (1000 objects, seeks 2; 300 objects, seeks 0, SHRINK_STOP on every third scan;
 * 2000 objects, seeks 4; 100 objects, seeks 2: a cache smaller than one batch, which K-SHRINK-2 still scans once
 * total_scan reaches its size) on a machine with nothing else to reclaim; {@code memory.reclaim} asks proactive reclaim
 * for 1 Mi pages three times: with GFP_KERNEL, inside memalloc_nofs_save, inside memalloc_noio_save. Each call reclaims
 * nothing, so it runs every priority from 12 to 0, and the deferred work carries between calls.
 */
@TckCase(suite = "reclaim", id = "shrink-slab", rules = {RuleIds.RECLAIM_1, RuleIds.RECLAIM_2, RuleIds.RECLAIM_3,
        RuleIds.RECLAIM_5}, requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.RECLAIM,
        Capability.SHRINKERS})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ShrinkSlabCase implements KernelCase {
    static final List<Gfp> MASKS = List.of(Gfp.GFP_KERNEL, Gfp.GFP_NOFS, Gfp.GFP_NOIO);

    private static final RuleDispatch<Function<ShrinkSlabCase, Function<CaseRun, List<String>>>> CHECKS =
            RuleDispatch.of(Map.of(
                    ReclaimRules.RECLAIM_1, c -> run -> c.arithmetic(run, false),
                    ReclaimRules.RECLAIM_2, c -> run -> c.arithmetic(run, true),
                    ReclaimRules.RECLAIM_3, c -> c::masks,
                    ReclaimRules.RECLAIM_5, c -> run -> ReclaimContexts.proactiveUnderPfMemalloc(run.result())));

    private final List<ProbeShrinker> probes = List.of(new ProbeShrinker("probe-a", 2, 1000, 0),
            new ProbeShrinker("probe-b", 0, 300, 3), new ProbeShrinker("probe-c", 4, 2000, 0),
            new ProbeShrinker("probe-d", 2, 100, 0));

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(4096);
    }

    @Override
    public void workload(Kernel kernel) {
        probes.forEach(kernel.shrinkers()::registerShrinker);
        kernel.spawn("memory.reclaim", () -> {
            for (int k = 0; k < MASKS.size(); k++) {
                int call = k;
                probes.forEach(p -> p.call(call));
                Runnable reclaim = () -> kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 20);
                if (k == 0) {
                    reclaim.run();
                } else {
                    try (MemallocScope s = k == 1 ? kernel.runtime().current().memallocNofsSave()
                            : kernel.runtime().current().memallocNoioSave()) {
                        reclaim.run();
                    }
                }
            }
        });
    }

    private List<String> arithmetic(CaseRun run, boolean stopsOnly) {
        List<String> out = new ArrayList<>();
        for (ProbeShrinker p : probes) {
            out.addAll(ShrinkSlabJudge.judge(run.result(), p, stopsOnly));
        }
        return out;
    }

    private List<String> masks(CaseRun run) {
        List<String> out = new ArrayList<>(ReclaimContexts.masks(run.result()));
        List<Gfp> seen = run.result().trace().stream().filter(e -> e instanceof TraceEvent.DirectReclaimBegin
                && e.task().equals("memory.reclaim")).map(e -> ((TraceEvent.DirectReclaimBegin) e).gfp()).toList();
        if (!seen.equals(MASKS)) {
            out.add("memory.reclaim's proactive reclaim ran with gfp_flags " + seen + ", expected " + MASKS
                    + " (current_gfp_context of GFP_KERNEL with no scope, memalloc_nofs_save, memalloc_noio_save)");
        }
        return out;
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        List<String> problems = CHECKS.of(run.rule(), run.caseId()).apply(this).apply(run);
        run.require(problems.isEmpty(), () -> String.join("\n", problems.subList(0, Math.min(6, problems.size()))));
    }
}
