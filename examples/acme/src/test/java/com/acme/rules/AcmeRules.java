package com.acme.rules;

import java.util.List;
import org.reclaimtck.tck.api.RuleSource;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleLevel;

/**
 * Acme's own rules, declared to the kit next to its catalogue (found by {@code ServiceLoader} from
 * {@code META-INF/services/org.reclaimtck.tck.api.RuleSource}); cases name them in {@code @TckCase(rules)}.
 */
public final class AcmeRules implements RuleSource {
    public static final String ACME_1 = "ACME-1";

    /** ACME-1, judged by {@link ShrinkerAccounting} from the trace only. */
    public static final Rule ACME_1_RULE = new Rule(ACME_1, RuleLevel.MUST, "acme-cache reports what it freed",
            "The acme-cache shrinker's scan_objects MUST NOT report more objects freed than sc->nr_to_scan asked it"
                    + " to scan.",
            "include/linux/shrinker.h (scan_objects returns the objects freed in this scan); mm/shrinker.c"
                    + " do_shrink_slab adds it to the reclaim progress");

    @Override
    public List<Rule> rules() {
        return List.of(ACME_1_RULE);
    }
}
