package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.WaitEdge;

/** The wait edges a reported outcome names: a deadlock's cycle and other blocked tasks, a lost wakeup's chain, a hung task. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OutcomeEdges {
    private OutcomeEdges() {
    }

    public static List<WaitEdge> of(Outcome outcome) {
        List<WaitEdge> out = new ArrayList<>();
        if (outcome instanceof Outcome.Deadlock d) {
            out.addAll(d.cycle());
            out.addAll(d.alsoBlocked());
        } else if (outcome instanceof Outcome.LostWakeup l) {
            out.addAll(l.chain());
        } else if (outcome instanceof Outcome.HungTask h) {
            out.add(h.task());
        }
        return out;
    }

    /** The edge the outcome reports for {@code task}, if any. */
    public static Optional<WaitEdge> of(Outcome outcome, String task) {
        return of(outcome).stream().filter(e -> e.task().equals(task)).findFirst();
    }
}
