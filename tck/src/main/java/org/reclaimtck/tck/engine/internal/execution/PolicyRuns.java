package org.reclaimtck.tck.engine.internal.execution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.config.VariantSelection;
import org.reclaimtck.tck.report.PolicyComparison;
import org.reclaimtck.tck.report.PolicyTable;
import org.reclaimtck.tck.rules.Rule;

/**
 * The policy comparisons of a run (issue 9 item 10): for every seed the engine checks of a case that is a
 * {@link PolicyComparison.Source}, the case runs once more under each policy the provider knows (the selected
 * variants, with the comparison's part set to the policy), under the same watchdog; each run is measured from its
 * trace and judged by the case's selected rules. Runs happen in the seed's node, so a shard compares the seeds it
 * checks and {@code ShardMerge} adds the shards' runs up.
 */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class PolicyRuns {
    private final Map<Class<?>, List<Rule>> rules = new LinkedHashMap<>();
    private final Set<String> done = new HashSet<>();
    private final Map<String, PolicyTable> tables = new TreeMap<>();

    /** Declares that {@code rule} is checked on {@code def}; call for every seed node before executing. */
    public synchronized void expect(CaseDefinition def, Rule rule) {
        if (PolicyComparison.Source.class.isAssignableFrom(def.type())) {
            List<Rule> mine = rules.computeIfAbsent(def.type(), t -> new ArrayList<>());
            if (!mine.contains(rule)) {
                mine.add(rule);
            }
        }
    }

    /** Runs and judges {@code def} under each policy for {@code seed}, once per (case, seed); else nothing. */
    public void compare(TckExecutionContext ctx, CaseDefinition def, long seed) {
        List<Rule> judged;
        synchronized (this) {
            judged = rules.get(def.type());
            if (judged == null || !done.add(def.qualifiedId() + "\u0000" + seed)) {
                return;
            }
        }
        PolicyComparison c;
        try {
            c = ((PolicyComparison.Source) def.newInstance()).comparison();
        } catch (ReflectiveOperationException e) {
            return; // the seed's own run reports the broken case
        }
        KernelProvider provider = ctx.provider().provider();
        List<PolicyTable.Run> runs = new ArrayList<>();
        for (String policy : c.policies()) {
            if (provider.variants().stream().noneMatch(v -> v.part().equals(c.part()) && v.name().equals(policy))) {
                continue;
            }
            runs.add(run(ctx, def, seed, c, policy, judged));
        }
        PolicyTable t = new PolicyTable(def.qualifiedId(), c.title(), c.part(), c.policies(),
                judged.stream().map(Rule::id).toList(), c.columns(), runs);
        synchronized (this) {
            tables.merge(t.caseId(), t, PolicyTable::merge);
        }
    }

    private static PolicyTable.Run run(TckExecutionContext ctx, CaseDefinition def, long seed, PolicyComparison c,
                                       String policy, List<Rule> judged) {
        Configuration conf = ctx.configuration();
        VariantSelection variants = conf.variants().with(c.part(), policy);
        GuardedRunner runner = new GuardedRunner(ctx.provider().provider(), conf.timeout(), variants, conf.parts());
        RunAttempt a = runner.run(def, seed);
        Map<String, String> verdicts = new LinkedHashMap<>();
        if (!(a instanceof RunAttempt.Finished f)) {
            judged.forEach(r -> verdicts.put(r.id(), PolicyTable.INCONCLUSIVE));
            return new PolicyTable.Run(policy, seed, Map.of(), verdicts);
        }
        boolean abnormal = !def.judgesAbnormalEnds() && Verdicts.abnormalEnd(f.result().outcome()).isPresent();
        for (Rule rule : judged) {
            String replay = RuleTarget.replayCommand(conf.replayCommand(), ctx.provider().key(), variants,
                    conf.parts(), def.qualifiedId(), rule.id(), seed);
            RuleTarget target = new RuleTarget(rule, def, seed, ctx.provider(), replay);
            String verdict = abnormal ? PolicyTable.INCONCLUSIVE : PolicyTable.PASS;
            try {
                f.instance().check(new DefaultCaseRun(target, f, null, runner, (k, v) -> { }));
            } catch (AssertionError e) { // a RuleViolation, or a check's assertion
                verdict = PolicyTable.FAIL;
            } catch (RuntimeException e) {
                verdict = PolicyTable.INCONCLUSIVE;
            }
            verdicts.put(rule.id(), verdict);
        }
        return new PolicyTable.Run(policy, seed, c.measure().apply(f.result().trace()), verdicts);
    }

    /** The comparisons measured so far, by case id. */
    public synchronized List<PolicyTable> tables() {
        return List.copyOf(tables.values());
    }
}
