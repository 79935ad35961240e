package org.reclaimtck.tck.engine.internal.execution;

import org.apiguardian.api.API;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.config.SelectedProvider;
import org.reclaimtck.tck.engine.internal.config.VariantSelection;
import org.reclaimtck.tck.rules.Rule;

/** What one seed node judges: a rule, on a case, with a seed, against a provider, and the command to replay it. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record RuleTarget(Rule rule, CaseDefinition caseDef, long seed, SelectedProvider provider, String replay) {
    /**
     * {@code <prefix> -Dreclaimtck.provider=<key> [-Dreclaimtck.variant=<part:variant,...>]
     * [-Dreclaimtck.parts=<role:type,...>] -Dreclaimtck.case=<suite/id> -Dreclaimtck.rules=<id>
     * -Dreclaimtck.seed=<seed>}; the variant only if the run selected one (a variant the case pins itself comes back
     * with the case), the parts only if any is not the default.
     */
    public static String replayCommand(String prefix, String providerKey, VariantSelection variants, String caseId,
                                       String ruleId, long seed) {
        return replayCommand(prefix, providerKey, variants, PartsUnderTest.defaults(), caseId, ruleId, seed);
    }

    /** As above, with {@code -Dreclaimtck.parts=<role:type,...>} after the variants if any part is not the default. */
    public static String replayCommand(String prefix, String providerKey, VariantSelection variants,
                                       PartsUnderTest parts, String caseId, String ruleId, long seed) {
        return prefix + " -D" + Configuration.PROVIDER + "=" + providerKey
                + (variants.isEmpty() ? "" : " -D" + Configuration.VARIANT + "=" + variants)
                + (parts.isDefault() ? "" : " -D" + Configuration.PARTS + "=" + parts)
                + " -D" + Configuration.CASE + "=" + caseId + " -D" + Configuration.RULES + "=" + ruleId
                + " -D" + Configuration.SEED + "=" + seed;
    }
}
