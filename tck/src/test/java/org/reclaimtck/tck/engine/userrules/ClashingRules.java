package org.reclaimtck.tck.engine.userrules;

import java.util.List;
import org.reclaimtck.tck.api.RuleSource;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleLevel;

/** Declares RT-2, an id of the kit. */
public final class ClashingRules implements RuleSource {
    @Override
    public List<Rule> rules() {
        return List.of(new Rule("RT-2", RuleLevel.MUST, "mine", "Mine MUST hold.", ""));
    }
}
