package org.reclaimtck.tck.engine.userrules;

import java.util.List;
import org.reclaimtck.tck.api.RuleSource;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleLevel;

/** Declares ACME-1 again, as AcmeRules does. */
public final class AcmeAgainRules implements RuleSource {
    @Override
    public List<Rule> rules() {
        return List.of(new Rule(AcmeRules.ACME_1, RuleLevel.SHOULD, "again", "Again SHOULD hold.", ""));
    }
}
