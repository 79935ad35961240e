package org.reclaimtck.tck.engine.internal.execution;

import java.util.Optional;
import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.tck.oracles.Determinism;
import org.reclaimtck.tck.rules.RuleCatalogue;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.api.RuleViolation;

/**
 * What the engine adds to every case's own check: a run that ended in an implementation error or a watchdog abort
 * is inconclusive (unless the case judges such ends itself), and the first seed of every case is run twice and
 * must give the same trace (RT-1).
 */
@API(status = API.Status.INTERNAL, since = "0.3.0")
public final class Verdicts {
    private Verdicts() {
    }

    /** The abnormal end of a run, in one line, if it ended in an implementation error or a wall-clock abort. */
    public static Optional<String> abnormalEnd(Outcome outcome) {
        if (outcome instanceof Outcome.ImplementationError e) {
            return Optional.of("an implementation error: task " + e.task() + " threw " + firstLine(e.exception()));
        }
        if (outcome instanceof Outcome.NoProgress p && p.budget().startsWith("wall-clock")) {
            return Optional.of("a watchdog abort: " + firstLine(p.detail()));
        }
        return Optional.empty();
    }

    /** The (rule, case, seed) the check passed on a run that ended abnormally: aborted, with the replay command. */
    static TestAbortedException inconclusive(RuleTarget t, String end) {
        return new TestAbortedException("inconclusive: the run ended in " + end + "; replay: " + t.replay());
    }

    /** RT-1's violation if the rerun with the same seed gave another trace, else empty. */
    static Optional<RuleViolation> determinism(RuleTarget t, RunAttempt.Finished first, RunAttempt again) {
        if (!(again instanceof RunAttempt.Finished f2)) {
            return Optional.empty();
        }
        RunResult a = first.result();
        RunResult b = f2.result();
        if (a.traceHash().equals(b.traceHash())) {
            return Optional.empty();
        }
        RuleTarget rt1 = new RuleTarget(RuleCatalogue.find(RuleIds.RT_1).orElse(t.rule()), t.caseDef(), t.seed(),
                t.provider(), t.replay());
        String what = "a second run of " + t.caseDef().qualifiedId() + " with seed " + t.seed() + " has trace hash "
                + b.traceHash() + ", the first " + a.traceHash() + " (" + a.outcome().kind() + " then "
                + b.outcome().kind() + "; the engine reruns each case's first seed)\n"
                + "first divergence: " + Determinism.firstDivergence(a.trace(), b.trace()).orElse("none");
        return Optional.of(ViolationFactory.of(rt1, first, what, java.util.List.of(), null));
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }
}
