package org.reclaimtck.tck.report;

import org.apiguardian.api.API;

/**
 * One (case, seed) a rule was judged on, as the certificate lists it.
 *
 * @param caseId    {@code suite/id}
 * @param seed      the seed
 * @param status    {@code pass} or {@code fail}
 * @param traceHash the run's trace hash, or null if the run never finished (watchdog, provider crash)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Judgement(String caseId, long seed, String status, String traceHash) implements Comparable<Judgement> {
    @Override
    public int compareTo(Judgement o) {
        int c = caseId.compareTo(o.caseId);
        return c != 0 ? c : Long.compare(seed, o.seed);
    }
}
