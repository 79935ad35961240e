package org.reclaimtck.tck.engine.userrules;

import java.util.List;
import org.reclaimtck.tck.api.RuleSource;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleLevel;

/** An implementer's rules: ACME-1 links to its own page, ACME-2 names a spec that is not a URL. */
public final class AcmeRules implements RuleSource {
    public static final String ACME_1 = "ACME-1";
    public static final String ACME_2 = "ACME-2";
    public static final String ACME_1_URL = "https://acme.example/rules#ACME-1";

    @Override
    public List<Rule> rules() {
        return List.of(
                new Rule(ACME_1, RuleLevel.MUST, "acme driver reports its state",
                        "The acme driver MUST report its state after every request.", ACME_1_URL),
                new Rule(ACME_2, RuleLevel.SHOULD, "acme driver finishes",
                        "The acme driver SHOULD finish its workload.", "acme driver spec, section 3"));
    }
}
