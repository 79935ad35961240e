package org.reclaimtck.tck.engine.internal.execution;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.config.Durations;
import org.reclaimtck.tck.oracles.TraceCycles;
import org.reclaimtck.tck.oracles.WaitForDrawing;
import org.reclaimtck.tck.report.RuleDocs;
import org.reclaimtck.tck.report.TimelineEvent;
import org.reclaimtck.tck.rules.Rule;

/**
 * Writes failure messages: the rule (id, text, link), what happened, the variants, the outcome and the wait-for
 * cycles drawn in kernel terms, the last trace events, the seed, the trace hash and the one replay command.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ViolationFactory {
    static final String PROVIDER_CRASH = "PROVIDER_CRASH";
    private static final int TAIL = 8;
    private static final String IN = "  ";
    private static final String OUTCOME = "outcome reported by ";
    private static final String REBUILT = "rebuilt from the trace: ";
    private static final String TAIL_HEAD = "last trace events (";
    private static final String SEED_LINE = "seed ";

    private ViolationFactory() {
    }

    /** The rule does not hold on a run that finished; {@code named} are waits the check pointed at, if any. */
    public static RuleViolation of(RuleTarget t, RunAttempt.Finished run, String whatHappened, List<WaitEdge> named,
                                   Throwable cause) {
        RunResult r = run.result();
        List<List<WaitEdge>> cycles = TraceCycles.of(r);
        List<WaitEdge> cycle = cycles.isEmpty() ? List.of() : cycles.get(0);
        StringBuilder sb = header(t, whatHappened, run.variants());
        outcome(sb, t, r.outcome(), !cycles.isEmpty());
        for (List<WaitEdge> c : cycles) {
            String drawn = WaitForDrawing.cycle(c);
            int nl = drawn.indexOf('\n');
            sb.append(REBUILT).append(drawn, 0, nl).append('\n')
                    .append(indent(drawn.substring(nl + 1), IN)).append('\n');
        }
        if (!named.isEmpty()) {
            sb.append("waits behind the failure:\n").append(indent(WaitForDrawing.chain(named), IN)).append('\n');
        }
        List<TraceEvent> trace = r.trace();
        sb.append(TAIL_HEAD).append(Math.min(TAIL, trace.size())).append(" of ").append(trace.size())
                .append("):\n");
        for (TraceEvent e : trace.subList(Math.max(0, trace.size() - TAIL), trace.size())) {
            sb.append(IN).append(e.render()).append('\n');
        }
        sb.append(SEED_LINE).append(t.seed()).append(", trace hash ").append(r.traceHash()).append('\n');
        sb.append("replay: ").append(t.replay());
        List<WaitEdge> waits = !named.isEmpty() ? named : cycle.isEmpty() ? TraceCycles.outcomeWaits(r.outcome())
                : List.of();
        return new RuleViolation(sb.toString(), t.rule().id(), t.caseDef().qualifiedId(), t.seed(), r.traceHash(),
                r.outcome().kind().name(), t.replay(), cause, cycle, waits, run.variants(),
                TimelineEvent.select(trace));
    }

    /**
     * The watchdog stopped the run: inconclusive, not a verdict on the rule; the replay carries the timeout (a
     * longer one tells a slow runner from a hang).
     */
    public static HarnessTimeout timeout(RuleTarget t, RunAttempt.TimedOut w) {
        String timeout = Durations.format(w.timeout());
        String replay = t.replay().contains(" -D" + Configuration.TIMEOUT + "=") ? t.replay()
                : t.replay() + " -D" + Configuration.TIMEOUT + "=" + timeout;
        StringBuilder sb = new StringBuilder();
        sb.append("inconclusive, harness timeout (not a ").append(t.rule().id()).append(" verdict): ")
                .append(w.phase()).append(" did not return within ").append(timeout)
                .append(" of wall-clock time (reclaimtck.timeout); ")
                .append(w.phase().equals(GuardedRunner.BOOT) ? "no kernel to abort" : "called kernel.abort()")
                .append(w.unwound() ? "" : ", and the run thread did not stop").append('\n');
        sb.append("case ").append(t.caseDef().qualifiedId()).append(", provider ").append(t.provider().label())
                .append(", seed ").append(t.seed()).append('\n');
        sb.append("tasks when the watchdog fired:\n").append(indent(w.taskDump(), IN)).append('\n');
        sb.append("replay (raise the timeout on a slow runner): ").append(replay);
        return new HarnessTimeout(sb.toString(), replay);
    }

    /** The run never produced a result: the provider or the case threw. */
    public static RuleViolation of(RuleTarget t, RunAttempt attempt) {
        RunAttempt.Crashed c = (RunAttempt.Crashed) attempt;
        StringBuilder sb = header(t, c.phase() + " threw " + c.error(), null);
        sb.append("seed ").append(t.seed()).append(", no trace (the run did not finish)\n");
        sb.append("replay: ").append(t.replay());
        return new RuleViolation(sb.toString(), t.rule().id(), t.caseDef().qualifiedId(), t.seed(), null,
                PROVIDER_CRASH, t.replay(), c.error());
    }

    /**
     * {@code v} shortened for a seed that fails the same way as an earlier seed of its case: the header and what
     * happened stay, the provider's outcome, the drawn cycles and the last trace events give way to one line naming
     * that seed and {@code file} (where this seed's full text is); the fields (cycle, waits, hash, replay) are kept.
     */
    static RuleViolation sameCauseAs(RuleViolation v, long firstSeed, String file) {
        StringBuilder sb = new StringBuilder();
        boolean skipping = false;
        for (String line : v.getMessage().split("\n", -1)) {
            if (!skipping && (line.startsWith(OUTCOME) || line.startsWith(REBUILT) || line.startsWith(TAIL_HEAD))) {
                skipping = true;
                sb.append("same root cause as seed ").append(firstSeed).append(" of ").append(v.caseId())
                        .append(" (outcome, wait-for cycle and last trace events drawn there; this seed's in ")
                        .append(file).append(")\n");
            }
            if (skipping && line.startsWith(SEED_LINE)) {
                skipping = false;
            }
            if (!skipping) {
                sb.append(line).append('\n');
            }
        }
        return new RuleViolation(sb.substring(0, sb.length() - 1), v.ruleId(), v.caseId(), v.seed(),
                v.traceHash().orElse(null), v.outcomeKind(), v.replayCommand(), v.getCause(), v.cycle(), v.waits(),
                v.variants());
    }

    /** The provider's report; when the cycle is drawn below, only its first line and the other blocked tasks. */
    private static void outcome(StringBuilder sb, RuleTarget t, Outcome outcome, boolean drawn) {
        sb.append(OUTCOME).append(t.provider().provider().name()).append(":\n");
        if (drawn && outcome instanceof Outcome.Deadlock d) {
            sb.append(IN).append(outcome.describe().lines().findFirst().orElse("")).append('\n');
            if (!d.alsoBlocked().isEmpty()) {
                sb.append(IN).append("also blocked:\n");
                d.alsoBlocked().forEach(e -> sb.append(IN).append(IN).append(e.render()).append('\n'));
            }
        } else {
            sb.append(indent(outcome.describe(), IN)).append('\n');
        }
    }

    private static StringBuilder header(RuleTarget t, String whatHappened, Map<String, String> variants) {
        Rule rule = t.rule();
        String first = whatHappened.lines().findFirst().orElse("");
        StringBuilder sb = new StringBuilder();
        sb.append(rule.id()).append(" violated: ").append(first).append('\n');
        sb.append("rule ").append(rule.quote()).append('\n');
        if (!rule.link().isEmpty()) {
            sb.append("see ").append(RuleDocs.url(rule)).append(rule.source().isEmpty() || !rule.kit() ? ""
                    : " (kernel: " + rule.source() + ")").append('\n');
        } else if (!rule.source().isEmpty()) {
            sb.append("source: ").append(rule.source()).append('\n');
        }
        sb.append("case ").append(t.caseDef().qualifiedId()).append(", provider ").append(t.provider().label())
                .append(", seed ").append(t.seed());
        if (variants != null) {
            sb.append(", variants ").append(variants.isEmpty() ? "(provider defaults)" : variants.entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
        }
        sb.append('\n');
        if (!first.equals(whatHappened)) {
            sb.append("what happened:\n").append(indent(whatHappened, IN)).append('\n');
        }
        return sb;
    }

    private static String indent(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        text.lines().forEach(l -> sb.append(sb.length() == 0 ? "" : "\n").append(prefix).append(l));
        return sb.toString();
    }
}
