package org.reclaimtck.tck.suites.runtime;

import java.util.Optional;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.OutcomeEdges;

/** The RT-3 check: the run is a deadlock or lost wakeup whose report shows {@code task} waiting for {@code object}. */
final class OrphanWait {
    private OrphanWait() {
    }

    static void check(CaseRun run, String task, String object) {
        OutcomeKind kind = run.outcome().kind();
        run.require(kind == OutcomeKind.DEADLOCK || kind == OutcomeKind.LOST_WAKEUP, () -> task + " sleeps in"
                + " wait_for_completion(" + object + ") and nothing will complete it, but the run ended " + kind);
        Optional<WaitEdge> edge = OutcomeEdges.of(run.outcome(), task);
        run.require(edge.isPresent() && edge.get().object().equals(object), () -> "the " + kind + " report does not"
                + " show " + task + " waiting for completion " + object
                + edge.map(e -> " (it shows: " + e.render() + ")").orElse(""));
    }
}
