package org.reclaimtck.tck.oracles;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;

/** Renders wait-for cycles in kernel terms: {@code a -> b -> a}, then per task its context, locks and wait. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WaitForText {
    private WaitForText() {
    }

    /** {@code task-a -> task-b -> task-a}. */
    public static String ring(List<WaitEdge> cycle) {
        return cycle.stream().map(WaitEdge::task).collect(Collectors.joining(" -> ")) + " -> " + cycle.get(0).task();
    }

    /** The ring, then one line per task as {@link WaitEdge#render()} shows it, each indented by {@code indent}. */
    public static String cycle(List<WaitEdge> cycle, String indent) {
        StringBuilder sb = new StringBuilder(ring(cycle));
        for (WaitEdge e : cycle) {
            sb.append('\n').append(indent).append(e.render());
        }
        return sb.toString();
    }
}
