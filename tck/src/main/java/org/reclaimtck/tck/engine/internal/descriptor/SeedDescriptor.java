package org.reclaimtck.tck.engine.internal.descriptor;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.engine.internal.config.SelectedProvider;
import org.reclaimtck.tck.engine.internal.execution.CaseDefinition;
import org.reclaimtck.tck.engine.internal.execution.HarnessTimeout;
import org.reclaimtck.tck.engine.internal.execution.RuleJudge;
import org.reclaimtck.tck.engine.internal.execution.RuleTarget;
import org.reclaimtck.tck.engine.internal.execution.TckExecutionContext;
import org.reclaimtck.tck.report.FailureRecord;
import org.reclaimtck.tck.report.Judgement;
import org.reclaimtck.tck.report.TimelineEvent;
import org.reclaimtck.tck.rules.Rule;

/**
 * The test: one rule judged on one (case, seed) run, named {@code deadlock/s1-dm-bufio-nofs [DL-1] seed 7}. Its
 * source is the case's {@code check(CaseRun)} (where the rule is judged): with a method source Surefire names the
 * {@code <testcase>} by this display name, one distinct name per seed, instead of an empty name that it would take for
 * reruns of one flaky test.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SeedDescriptor extends AbstractTestDescriptor implements Node<TckExecutionContext> {
    private final CaseDefinition definition;
    private final Rule rule;
    private final long seed;

    public SeedDescriptor(UniqueId uniqueId, CaseDefinition definition, Rule rule, long seed) {
        super(uniqueId, CaseDescriptor.name(definition, rule) + " seed " + seed,
                MethodSource.from(definition.type().getName(), "check", CaseRun.class.getName()));
        this.definition = definition;
        this.rule = rule;
        this.seed = seed;
    }

    public CaseDefinition definition() {
        return definition;
    }

    public Rule rule() {
        return rule;
    }

    public long seed() {
        return seed;
    }

    /** {@code deadlock/s1-dm-bufio-nofs [DL-1] seed 7}, also in Surefire's XML and the console. */
    @Override
    public String getLegacyReportingName() {
        return getDisplayName();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public TckExecutionContext execute(TckExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        context.policyRuns().compare(context, definition, seed);
        RuleJudge.judge(context, new RuleTarget(rule, definition, seed, context.provider(), replay(context)), this);
        return context;
    }

    private String replay(TckExecutionContext context) {
        SelectedProvider p = context.provider();
        return RuleTarget.replayCommand(context.configuration().replayCommand(), p.key(),
                context.configuration().variants(), context.configuration().parts(), definition.qualifiedId(), rule.id(), seed)
                + context.configuration().timeoutArgument() + context.configuration().memory().argument();
    }

    @Override
    public void nodeFinished(TckExecutionContext context, TestDescriptor descriptor, TestExecutionResult result) {
        context.cache().release(definition.type(), seed);
        String suite = definition.suite();
        String caseId = definition.qualifiedId();
        String traceHash = context.takeTraceHash(this);
        boolean timedOut = result.getThrowable().filter(HarnessTimeout.class::isInstance).isPresent();
        context.progress().finished(caseId, result.getStatus() != TestExecutionResult.Status.FAILED || timedOut);
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            String hash = result.getThrowable().filter(RuleViolation.class::isInstance).map(RuleViolation.class::cast)
                    .flatMap(RuleViolation::traceHash).orElse(traceHash);
            context.results().judged(suite, rule, new Judgement(caseId, seed,
                    passed ? "pass" : timedOut ? "inconclusive" : "fail", hash));
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> context.results().passed(suite, rule, caseId);
            case ABORTED -> context.results().skipped(suite, rule, caseId,
                    result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
            default -> {
                Throwable t = result.getThrowable().orElse(null);
                if (t instanceof HarnessTimeout h) {
                    context.results().inconclusive(suite, rule, new FailureRecord(caseId, seed, HarnessTimeout.KIND,
                            null, h.replayCommand(), h.getMessage()));
                } else if (t instanceof RuleViolation v) {
                    context.results().failed(suite, rule, new FailureRecord(caseId, seed, v.outcomeKind(),
                            v.traceHash().orElse(null), v.replayCommand(), v.getMessage(), v.cycle(), v.waits(),
                            v.variants(), TimelineEvent.window(v.trace())));
                } else {
                    context.results().failed(suite, rule, new FailureRecord(caseId, seed, "ERROR", null, replay(context),
                            String.valueOf(t)));
                }
            }
        }
    }
}
