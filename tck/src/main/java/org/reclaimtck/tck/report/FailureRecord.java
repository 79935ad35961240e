package org.reclaimtck.tck.report;

/**
 * One failing (case, seed) of a rule, as the reports list it.
 *
 * @param caseId      {@code suite/id}
 * @param outcomeKind the reported outcome kind, or {@code WATCHDOG} / {@code PROVIDER_CRASH}
 * @param traceHash   the run's trace hash, or null if the run never finished
 * @param message     the full failure message
 */
public record FailureRecord(String caseId, long seed, String outcomeKind, String traceHash, String replay,
                            String message) {
}
