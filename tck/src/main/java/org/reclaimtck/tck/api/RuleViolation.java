package org.reclaimtck.tck.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A rule that does not hold on one run: the message quotes the rule and explains the run in kernel terms;
 * the fields let tools (reports, replays, the kit's own tests) read the facts without parsing the message.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class RuleViolation extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String caseId;
    private final long seed;
    private final String traceHash;
    private final String outcomeKind;
    private final String replayCommand;
    private final transient List<WaitEdge> cycle;
    private final transient List<WaitEdge> waits;
    private final transient Map<String, String> variants;
    private final transient List<TraceEvent> trace;

    public RuleViolation(String message, String ruleId, String caseId, long seed, String traceHash, String outcomeKind,
                         String replayCommand, Throwable cause) {
        this(message, ruleId, caseId, seed, traceHash, outcomeKind, replayCommand, cause, List.of(), List.of(),
                Map.of());
    }

    /**
     * @param cycle    the wait-for cycle the run ended in, empty if none
     * @param waits    other waits the failure is about (a stalled shrinker's waits, a lost wakeup's chain), or empty
     * @param variants the variants the run's machine selected, part to variant (the provider's defaults elsewhere)
     */
    public RuleViolation(String message, String ruleId, String caseId, long seed, String traceHash, String outcomeKind,
                         String replayCommand, Throwable cause, List<WaitEdge> cycle, List<WaitEdge> waits,
                         Map<String, String> variants) {
        this(message, ruleId, caseId, seed, traceHash, outcomeKind, replayCommand, cause, cycle, waits, variants,
                List.of());
    }

    /** @param trace the run's last trace events, for the reports' timeline (not the whole trace); or empty */
    public RuleViolation(String message, String ruleId, String caseId, long seed, String traceHash, String outcomeKind,
                         String replayCommand, Throwable cause, List<WaitEdge> cycle, List<WaitEdge> waits,
                         Map<String, String> variants, List<TraceEvent> trace) {
        super(message, cause);
        this.trace = List.copyOf(trace);
        this.ruleId = ruleId;
        this.caseId = caseId;
        this.seed = seed;
        this.traceHash = traceHash;
        this.outcomeKind = outcomeKind;
        this.replayCommand = replayCommand;
        this.cycle = List.copyOf(cycle);
        this.waits = List.copyOf(waits);
        this.variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }

    public String ruleId() {
        return ruleId;
    }

    /** {@code suite/id}. */
    public String caseId() {
        return caseId;
    }

    public long seed() {
        return seed;
    }

    /** The trace hash of the judged run; empty if the run never finished (the provider threw). */
    public Optional<String> traceHash() {
        return Optional.ofNullable(traceHash);
    }

    /** The reported {@code OutcomeKind} name, or {@code PROVIDER_CRASH} if the provider threw. */
    public String outcomeKind() {
        return outcomeKind;
    }

    /** The one command that replays this (case, rule, seed). */
    public String replayCommand() {
        return replayCommand;
    }

    /**
     * The wait-for cycle at the end of the run, rebuilt from the trace (each task's call trace from the provider's
     * report where it gives one), in wait order; empty if the run ended without one.
     */
    public List<WaitEdge> cycle() {
        return cycle == null ? List.of() : cycle;
    }

    /** The tasks of {@link #cycle()}, in wait order. */
    public List<String> cycleTasks() {
        return cycle().stream().map(WaitEdge::task).toList();
    }

    /**
     * The other waits the failure is about: those a check named (e.g. kswapd's waits inside a shrinker that
     * stalled it), else a lost wakeup's chain or a hung task the provider reported; empty if none.
     */
    public List<WaitEdge> waits() {
        return waits == null ? List.of() : waits;
    }

    /** The variants the run's machine selected (the case's own and {@code reclaimtck.variant}), part to variant. */
    public Map<String, String> variants() {
        return variants == null ? Map.of() : variants;
    }

    /** The run's last trace events, oldest first, for the reports' per-task timeline; empty if the run never finished. */
    public List<TraceEvent> trace() {
        return trace == null ? List.of() : trace;
    }
}
