package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * The wait-for cycles a run ends with, as failures show them: which tasks form a cycle comes from the trace (so a
 * provider cannot hide one); each task is shown as the provider's own report has it (its PF_* flags, which the
 * trace does not carry, and its call trace) when the report agrees with the trace on what the task waits on; what
 * it holds and who would wake it stay as the trace shows them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TraceCycles {
    private TraceCycles() {
    }

    /** Every cycle of the trace's end state; the provider's reported cycle if the trace shows none. */
    public static List<List<WaitEdge>> of(RunResult result) {
        List<List<WaitEdge>> cycles = WaitForState.replay(result.trace()).cycles();
        if (cycles.isEmpty()) {
            return result.outcome() instanceof Outcome.Deadlock d && !d.cycle().isEmpty() ? List.of(d.cycle())
                    : List.of();
        }
        List<List<WaitEdge>> out = new ArrayList<>();
        for (List<WaitEdge> c : cycles) {
            List<WaitEdge> shown = new ArrayList<>();
            for (WaitEdge e : c) {
                shown.add(asReported(e, result.outcome()));
            }
            out.add(shown);
        }
        return out;
    }

    /**
     * The waits a report shows for an outcome without a cycle: a lost wakeup's chain or a hung task; empty for other
     * outcomes.
     */
    public static List<WaitEdge> outcomeWaits(Outcome outcome) {
        if (outcome instanceof Outcome.LostWakeup || outcome instanceof Outcome.HungTask) {
            return OutcomeEdges.of(outcome);
        }
        return List.of();
    }

    private static WaitEdge asReported(WaitEdge e, Outcome outcome) {
        Optional<WaitEdge> reported = OutcomeEdges.of(outcome, e.task())
                .filter(r -> r.kind() == e.kind() && r.object().equals(e.object()));
        return reported.map(r -> new WaitEdge(e.task(), r.context(), e.held(), e.kind(), e.object(), e.lockClass(),
                e.waitsFor(), r.stack())).orElse(e);
    }
}
