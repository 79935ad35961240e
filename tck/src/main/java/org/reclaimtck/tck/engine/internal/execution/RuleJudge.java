package org.reclaimtck.tck.engine.internal.execution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.opentest4j.TestAbortedException;
import org.reclaimtck.tck.engine.internal.config.Durations;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.report.FailureFile;

/**
 * Judges one (rule, case, seed): takes the shared attempt from the run cache (running it under the watchdog
 * on a miss), reruns a case's first seed once to compare the traces (RT-1), then calls the case's check; any
 * failure comes out as a {@link RuleViolation}, published with its replay command as a report entry. A run the
 * watchdog stopped is a {@link HarnessTimeout} (inconclusive, not a verdict); a provider whose {@code boot()} throws
 * is reported once per distinct exception ({@link BootFailures}), its other runs aborted. A check that
 * passes a run ended by an implementation error or a watchdog abort gives an inconclusive (aborted) result instead,
 * unless the case judges such ends itself ({@link Verdicts}).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RuleJudge {
    private RuleJudge() {
    }

    public static void judge(TckExecutionContext ctx, RuleTarget t, TestDescriptor node) {
        try {
            check(ctx, t, node);
        } catch (RuleViolation v) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("reclaimtck.rule", v.ruleId());
            entry.put("reclaimtck.case", v.caseId());
            entry.put("reclaimtck.seed", String.valueOf(v.seed()));
            entry.put("reclaimtck.outcome", v.outcomeKind());
            v.traceHash().ifPresent(h -> entry.put("reclaimtck.trace-hash", h));
            if (!v.cycle().isEmpty()) {
                entry.put("reclaimtck.cycle", String.join(" -> ", v.cycleTasks()));
            }
            entry.put("reclaimtck.replay", v.replayCommand());
            ctx.publish(node, entry);
            publishFailureFile(ctx, node, v);
            Optional<Long> first = ctx.rootCauses().firstSeedBefore(v);
            throw first.isEmpty() ? v : ViolationFactory.sameCauseAs(v, first.get(),
                    FailureFile.DIR + "/" + FailureFile.name(v.ruleId(), v.caseId(), v.seed()));
        }
    }

    /** Writes the failure's full text to {@code failures/<rule>-<case>-seed<N>.md} and publishes it as a file entry. */
    private static void publishFailureFile(TckExecutionContext ctx, TestDescriptor node, RuleViolation v) {
        Path dir = ctx.configuration().reportDir().toAbsolutePath().normalize().resolve(FailureFile.DIR);
        try {
            Files.createDirectories(dir);
            Path file = Files.writeString(dir.resolve(FailureFile.name(v.ruleId(), v.caseId(), v.seed())),
                    FailureFile.render(v.ruleId(), v.caseId(), v.seed(), v.outcomeKind(), v.traceHash().orElse(null),
                            v.replayCommand(), v.getMessage()), StandardCharsets.UTF_8);
            ctx.publishFile(node, file, FailureFile.MEDIA_TYPE);
        } catch (IOException e) {
            ctx.console().err("reclaim-tck: could not write the failure file to " + dir + ": " + e);
        }
    }

    private static void check(TckExecutionContext ctx, RuleTarget t, TestDescriptor node) {
        Class<?> type = t.caseDef().type();
        ctx.cache().hungSeed(type).filter(s -> s != t.seed()).ifPresent(s -> {
            throw new TestAbortedException("not run: seed " + s + " of " + t.caseDef().qualifiedId() + " outlived the"
                    + " watchdog (reclaimtck.timeout " + Durations.format(ctx.runner().timeout()) + "), so its later"
                    + " seeds are not run; replay one alone with -Dreclaimtck.seed=" + t.seed());
        });
        RunAttempt a = ctx.cache().attempt(type, t.seed(), () -> ctx.runner().run(t.caseDef(), t.seed()));
        if (a instanceof RunAttempt.TimedOut w) {
            ctx.cache().markHung(type, t.seed());
            throw ViolationFactory.timeout(t, w);
        }
        if (a instanceof RunAttempt.Crashed c && c.phase().equals(GuardedRunner.BOOT)) {
            ctx.bootFailures().firstElsewhere(c.error(), t).ifPresent(first -> {
                throw new TestAbortedException("not judged: the provider's boot() threw " + first);
            });
        }
        if (!(a instanceof RunAttempt.Finished)) {
            throw ViolationFactory.of(t, a);
        }
        RunAttempt.Finished f = (RunAttempt.Finished) a;
        ctx.traceHash(node, f.result().traceHash());
        RunAttempt again = ctx.cache().recheck(type, t.seed(), () -> ctx.runner().run(t.caseDef(), t.seed()));
        if (again != null) {
            Verdicts.determinism(t, f, again).ifPresent(v -> {
                throw v;
            });
        }
        DefaultCaseRun run = new DefaultCaseRun(t, f, again, ctx.runner(),
                (k, v) -> ctx.publish(node, Map.of(k, v)));
        try {
            f.instance().check(run);
        } catch (RuleViolation v) {
            throw v;
        } catch (AssertionError e) {
            throw ViolationFactory.of(t, f, String.valueOf(e.getMessage()), List.of(), e);
        }
        if (!t.caseDef().judgesAbnormalEnds()) {
            Verdicts.abnormalEnd(f.result().outcome()).ifPresent(end -> {
                throw Verdicts.inconclusive(t, end);
            });
        }
    }
}
