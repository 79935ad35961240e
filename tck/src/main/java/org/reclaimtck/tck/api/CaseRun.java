package org.reclaimtck.tck.api;

import java.util.List;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.tck.rules.Rule;

/** One run of a case as a rule's check sees it: the result, the seed, more runs on demand, and the failure to throw. */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface CaseRun {
    /** The rule being judged. */
    Rule rule();

    /** {@code suite/id}, e.g. {@code runtime/abba-mutex}. */
    String caseId();

    long seed();

    /** The run's result (shared by every rule of the case for this seed). */
    RunResult result();

    default Outcome outcome() {
        return result().outcome();
    }

    /** Boots a fresh kernel with the same seed, runs the workload again under the watchdog (for RT-1). */
    RunResult rerun();

    /** Boots a fresh kernel with {@code seed}, runs the workload under the watchdog (for seed sweeps). */
    RunResult runWithSeed(long seed);

    /** Publishes a key/value of this run as a JUnit report entry (e.g. a count the rule measured). */
    void note(String key, String value);

    /**
     * The failure of this rule on this run: the rule's id, text and link, {@code whatHappened}, the outcome and
     * the wait-for cycle in kernel terms, the seed, the trace hash and the command that replays it.
     */
    default RuleViolation violation(String whatHappened) {
        return violation(whatHappened, List.of());
    }

    /**
     * As {@link #violation(String)}, naming the waits the failure is about (e.g. kswapd's waits inside the shrinker
     * that stalled it): drawn in the message and the report, and kept in {@link RuleViolation#waits()}.
     */
    RuleViolation violation(String whatHappened, List<WaitEdge> waits);

    /** Throws {@link #violation} unless {@code holds}. */
    default void require(boolean holds, Supplier<String> whatHappened) {
        if (!holds) {
            throw violation(whatHappened.get());
        }
    }
}
