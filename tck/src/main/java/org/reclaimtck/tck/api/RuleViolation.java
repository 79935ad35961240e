package org.reclaimtck.tck.api;

import java.util.Optional;

/**
 * A rule that does not hold on one run: the message quotes the rule and explains the run in kernel terms;
 * the fields let tools (reports, replays, the kit's own tests) read the facts without parsing the message.
 */
public class RuleViolation extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String caseId;
    private final long seed;
    private final String traceHash;
    private final String outcomeKind;
    private final String replayCommand;

    public RuleViolation(String message, String ruleId, String caseId, long seed, String traceHash, String outcomeKind,
                         String replayCommand, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
        this.caseId = caseId;
        this.seed = seed;
        this.traceHash = traceHash;
        this.outcomeKind = outcomeKind;
        this.replayCommand = replayCommand;
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

    /** The trace hash of the judged run; empty if the run never finished (watchdog, provider crash). */
    public Optional<String> traceHash() {
        return Optional.ofNullable(traceHash);
    }

    /** The reported {@code OutcomeKind} name, or {@code WATCHDOG} / {@code PROVIDER_CRASH}. */
    public String outcomeKind() {
        return outcomeKind;
    }

    /** The one command that replays this (case, rule, seed). */
    public String replayCommand() {
        return replayCommand;
    }
}
