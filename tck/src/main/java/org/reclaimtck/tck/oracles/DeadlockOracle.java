package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * Judges a reported outcome against the wait-for state rebuilt from the trace: a cycle in the trace must be
 * reported as a deadlock naming each of its tasks and locks, and a reported deadlock must be one the trace shows.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DeadlockOracle {
    private DeadlockOracle() {
    }

    /** What contradicts the trace, in kernel terms; empty if the outcome agrees with it. */
    public static Optional<String> judge(RunResult result) {
        WaitForState state = WaitForState.replay(result.trace());
        List<List<WaitEdge>> cycles = state.cycles();
        Outcome outcome = result.outcome();
        if (!cycles.isEmpty()) {
            if (!(outcome instanceof Outcome.Deadlock)) {
                return Optional.of("the trace ends with " + cycles.size() + " wait-for cycle"
                        + (cycles.size() == 1 ? "" : "s") + " (" + WaitForText.ring(cycles.get(0))
                        + ") but the provider reported " + outcome.kind());
            }
            Outcome.Deadlock reported = (Outcome.Deadlock) outcome;
            for (List<WaitEdge> cycle : cycles) {
                Optional<String> missing = missing(cycle, reported);
                if (missing.isPresent()) {
                    return missing;
                }
            }
            return Optional.empty();
        }
        if (outcome instanceof Outcome.Deadlock) {
            for (WaitEdge e : ((Outcome.Deadlock) outcome).cycle()) {
                Optional<WaitEdge> seen = state.waitOf(e.task());
                if (seen.isEmpty() || !seen.get().object().equals(e.object())) {
                    return Optional.of("the provider reported a deadlock in which " + e.task() + " waits for "
                            + e.kind().label() + " " + e.object() + ", but the trace ends with " + e.task() + " "
                            + seen.map(s -> "waiting for " + s.kind().label() + " " + s.object())
                                    .orElse(state.exited(e.task()) ? "exited" : "not blocked"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> missing(List<WaitEdge> cycle, Outcome.Deadlock reported) {
        Set<String> tasks = new LinkedHashSet<>();
        Set<String> objects = new LinkedHashSet<>();
        for (WaitEdge e : reported.cycle()) {
            tasks.add(e.task());
            objects.add(e.object());
        }
        List<String> gone = new ArrayList<>();
        for (WaitEdge e : cycle) {
            if (!tasks.contains(e.task())) {
                gone.add("task " + e.task());
            }
            if (!objects.contains(e.object())) {
                gone.add(e.kind().label() + " " + e.object());
            }
        }
        return gone.isEmpty() ? Optional.empty()
                : Optional.of("the reported deadlock does not name " + String.join(", ", gone) + " of the cycle "
                        + WaitForText.ring(cycle) + " the trace shows");
    }
}
