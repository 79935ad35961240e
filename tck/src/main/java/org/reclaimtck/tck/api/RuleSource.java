package org.reclaimtck.tck.api;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.tck.rules.Rule;

/**
 * Rules an implementer declares for their own cases, next to the kit's: found with {@link java.util.ServiceLoader}
 * through the thread context class loader, from {@code META-INF/services/org.reclaimtck.tck.api.RuleSource}. A case
 * names them in {@link TckCase#rules()} like the kit's rules, and they appear in the summary table,
 * {@code report.json}, {@code report.md}, the badge and the certificate. An id the kit or another source already
 * declares is a configuration error naming both sources.
 *
 * <pre>{@code
 * public final class AcmeRules implements RuleSource {
 *     public static final String ACME_1 = "ACME-1";
 *
 *     public List<Rule> rules() {
 *         return List.of(new Rule(ACME_1, RuleLevel.MUST, "blkdrv completes without GFP_KERNEL",
 *                 "The acme block driver's completion path MUST NOT allocate with GFP_KERNEL.",
 *                 "https://acme.example/rules#ACME-1"));
 *     }
 * }
 * }</pre>
 *
 * <p>A rule's {@link Rule#source()} that is a URL becomes its link in failures and reports.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface RuleSource {
    /** The rules this source declares, ids unique among them. */
    List<Rule> rules();
}
