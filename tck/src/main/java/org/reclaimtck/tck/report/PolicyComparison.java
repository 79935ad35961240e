package org.reclaimtck.tck.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A comparison of one part's variants (policies) on one case's workload and seeds (issue 9 item 10): the engine runs
 * the case once more per policy for every seed it checks, measures each run's trace with {@code measure}, judges the
 * case's rules on it, and the reports show one row per policy ({@link PolicyTable}). A case offers one by implementing
 * {@link Source}; a new policy is one more name in {@code policies} (a variant of {@code part} the provider lists;
 * a name the provider does not know is left out of the table).
 *
 * @param title    the table's heading
 * @param part     the part type whose variants are compared, e.g. {@code gfp-policy}
 * @param policies its variants, in table order
 * @param columns  what the table shows, from the counters {@code measure} returns, summed over the seeds
 * @param measure  one run's counters, by name, computed from the kernel's trace only
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public record PolicyComparison(String title, String part, List<String> policies, List<PolicyColumn> columns,
                               Function<List<TraceEvent>, Map<String, Long>> measure) {
    public PolicyComparison {
        policies = List.copyOf(policies);
        columns = List.copyOf(columns);
    }

    /** Implemented by a case whose workload the reports compare across policies. */
    public interface Source {
        PolicyComparison comparison();
    }
}
