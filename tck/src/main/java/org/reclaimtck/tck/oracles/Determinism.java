package org.reclaimtck.tck.oracles;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;

/** Compares two traces of the same (case, seed): where they first diverge, event by event. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Determinism {
    private Determinism() {
    }

    /** The first difference, e.g. {@code event #12: "[...] a: lock mutex x" vs "[...] b: lock mutex x"}; empty if equal. */
    public static Optional<String> firstDivergence(List<TraceEvent> first, List<TraceEvent> second) {
        int n = Math.min(first.size(), second.size());
        for (int i = 0; i < n; i++) {
            String a = first.get(i).render();
            String b = second.get(i).render();
            if (!a.equals(b)) {
                return Optional.of("event #" + (i + 1) + ": \"" + a + "\" vs \"" + b + "\"");
            }
        }
        if (first.size() != second.size()) {
            return Optional.of("the first run has " + first.size() + " events, the second " + second.size()
                    + (n == 0 ? "" : "; both agree up to \"" + first.get(n - 1).render() + "\""));
        }
        return Optional.empty();
    }
}
