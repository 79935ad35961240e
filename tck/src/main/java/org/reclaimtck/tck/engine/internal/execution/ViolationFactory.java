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
    static final String WATCHDOG = "WATCHDOG";
    static final String PROVIDER_CRASH = "PROVIDER_CRASH";
    private static final int TAIL = 8;
    private static final String IN = "  ";

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
            sb.append("rebuilt from the trace: ").append(drawn, 0, nl).append('\n')
                    .append(indent(drawn.substring(nl + 1), IN)).append('\n');
        }
        if (!named.isEmpty()) {
            sb.append("waits behind the failure:\n").append(indent(WaitForDrawing.chain(named), IN)).append('\n');
        }
        List<TraceEvent> trace = r.trace();
        sb.append("last trace events (").append(Math.min(TAIL, trace.size())).append(" of ").append(trace.size())
                .append("):\n");
        for (TraceEvent e : trace.subList(Math.max(0, trace.size() - TAIL), trace.size())) {
            sb.append(IN).append(e.render()).append('\n');
        }
        sb.append("seed ").append(t.seed()).append(", trace hash ").append(r.traceHash()).append('\n');
        sb.append("replay: ").append(t.replay());
        List<WaitEdge> waits = !named.isEmpty() ? named : cycle.isEmpty() ? TraceCycles.outcomeWaits(r.outcome())
                : List.of();
        return new RuleViolation(sb.toString(), t.rule().id(), t.caseDef().qualifiedId(), t.seed(), r.traceHash(),
                r.outcome().kind().name(), t.replay(), cause, cycle, waits, run.variants(),
                TimelineEvent.select(trace));
    }

    /** The run never produced a result: the watchdog stopped it, or the provider threw. */
    public static RuleViolation of(RuleTarget t, RunAttempt attempt) {
        if (attempt instanceof RunAttempt.TimedOut w) {
            String what = "watchdog: " + w.phase() + " did not return within " + Durations.format(w.timeout())
                    + " of wall-clock time (reclaimtck.timeout); called kernel.abort()"
                    + (w.unwound() ? "" : ", and the run thread did not stop");
            StringBuilder sb = header(t, what, null);
            sb.append("tasks when the watchdog fired:\n").append(indent(w.taskDump(), IN)).append('\n');
            sb.append("seed ").append(t.seed()).append(", no trace (the run did not finish)\n");
            sb.append("replay: ").append(t.replay());
            return new RuleViolation(sb.toString(), t.rule().id(), t.caseDef().qualifiedId(), t.seed(), null,
                    WATCHDOG, t.replay(), null);
        }
        RunAttempt.Crashed c = (RunAttempt.Crashed) attempt;
        StringBuilder sb = header(t, c.phase() + " threw " + c.error(), null);
        sb.append("seed ").append(t.seed()).append(", no trace (the run did not finish)\n");
        sb.append("replay: ").append(t.replay());
        return new RuleViolation(sb.toString(), t.rule().id(), t.caseDef().qualifiedId(), t.seed(), null,
                PROVIDER_CRASH, t.replay(), c.error());
    }

    /** The provider's report; when the cycle is drawn below, only its first line and the other blocked tasks. */
    private static void outcome(StringBuilder sb, RuleTarget t, Outcome outcome, boolean drawn) {
        sb.append("outcome reported by ").append(t.provider().provider().name()).append(":\n");
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
