package org.reclaimtck.tck.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * One failing (case, seed) of a rule, as the reports list it.
 *
 * @param caseId      {@code suite/id}
 * @param outcomeKind the reported outcome kind, {@code PROVIDER_CRASH}, or {@code HARNESS_TIMEOUT} (an inconclusive run)
 * @param traceHash   the run's trace hash, or null if the run never finished
 * @param message     the full failure message
 * @param cycle       the wait-for cycle the run ended in, or empty
 * @param waits       other waits the failure is about (a stalled shrinker's, a lost wakeup's chain), or empty
 * @param variants    the variants the run's machine selected, part to variant
 * @param timeline    the run's last trace events ({@link TimelineEvent#window}), for the per-task timeline; or empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FailureRecord(String caseId, long seed, String outcomeKind, String traceHash, String replay,
                            String message, List<WaitEdge> cycle, List<WaitEdge> waits, Map<String, String> variants,
                            List<TimelineEvent> timeline) {
    public FailureRecord {
        timeline = List.copyOf(timeline);
        cycle = List.copyOf(cycle);
        waits = List.copyOf(waits);
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }

    /** A failure without a timeline. */
    public FailureRecord(String caseId, long seed, String outcomeKind, String traceHash, String replay,
                         String message, List<WaitEdge> cycle, List<WaitEdge> waits, Map<String, String> variants) {
        this(caseId, seed, outcomeKind, traceHash, replay, message, cycle, waits, variants, List.of());
    }

    /** A failure without waits to draw and with the provider's default variants. */
    public FailureRecord(String caseId, long seed, String outcomeKind, String traceHash, String replay,
                         String message) {
        this(caseId, seed, outcomeKind, traceHash, replay, message, List.of(), List.of(), Map.of());
    }
}
