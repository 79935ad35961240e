package com.acme.tck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.api.RuleViolation;

/** Runs Acme's cases through the reclaim-tck engine in-process (EngineTestKit), with explicit parameters only. */
final class TckRuns {
    /** Every Acme case class: what the variant runs select. */
    static final List<Class<?>> CASES = List.of(AcmeTransactionAllocationCase.class,
            AcmeTransactionReclaimCase.class, AcmeDependencyCase.class, AcmeCacheProbeCase.class,
            AcmeCacheNofsCase.class);

    private TckRuns() {
    }

    /** Runs {@code cases} on {@code seeds} seeds with {@code variant} ({@code ""} for the defaults). */
    static EngineExecutionResults run(String name, int seeds, String variant, List<Class<?>> cases) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("reclaimtck.provider", ReferenceKernelProvider.NAME);
        params.put("reclaimtck.seeds", String.valueOf(seeds));
        params.put("reclaimtck.report.dir", Path.of("target", "acme-variants", name).toString());
        params.put("reclaimtck.console", "quiet"); // the tests assert on events; the build prints no tables
        if (!variant.isEmpty()) {
            params.put("reclaimtck.variant", variant);
        }
        return EngineTestKit.engine("reclaim-tck")
                .configurationParameters(params)
                .enableImplicitConfigurationParameters(false)
                .selectors(cases.stream().map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .execute();
    }

    /** The violation of every failed (case, rule, seed), in execution order. */
    static List<RuleViolation> violations(EngineExecutionResults r) {
        return r.testEvents().failed().stream().map(TckRuns::throwable).map(t -> {
            if (t instanceof RuleViolation v) {
                return v;
            }
            throw new AssertionError("a failure that is not a rule violation", t);
        }).collect(Collectors.toList());
    }

    /** {@code caseId rule-id} of every failure, e.g. {@code acme/transaction-allocation SCOPE-6}. */
    static Set<String> failedRules(EngineExecutionResults r) {
        return violations(r).stream().map(v -> v.caseId() + " " + v.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Throwable throwable(Event e) {
        return e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .orElseThrow(() -> new AssertionError("no throwable in " + e));
    }
}
