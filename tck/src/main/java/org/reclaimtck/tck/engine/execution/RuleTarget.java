package org.reclaimtck.tck.engine.execution;

import org.reclaimtck.tck.engine.config.SelectedProvider;
import org.reclaimtck.tck.rules.Rule;

/** What one seed node judges: a rule, on a case, with a seed, against a provider, and the command to replay it. */
public record RuleTarget(Rule rule, CaseDefinition caseDef, long seed, SelectedProvider provider, String replay) {
    /**
     * {@code <prefix> -Dreclaimtck.provider=<key> -Dreclaimtck.case=<suite/id> -Dreclaimtck.rules=<id>
     * -Dreclaimtck.seed=<seed>}.
     */
    public static String replayCommand(String prefix, String providerKey, String caseId, String ruleId, long seed) {
        return prefix + " -Dreclaimtck.provider=" + providerKey + " -Dreclaimtck.case=" + caseId
                + " -Dreclaimtck.rules=" + ruleId + " -Dreclaimtck.seed=" + seed;
    }
}
