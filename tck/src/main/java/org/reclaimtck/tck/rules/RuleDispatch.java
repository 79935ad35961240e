package org.reclaimtck.tck.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a case does for each rule it checks, keyed by the {@link Rule} constants, e.g.
 * {@code RuleDispatch.of(Map.of(StorageRules.DL_1, StorageRun::noDeadlock, StorageRules.FP_1, ...))}.
 *
 * @param <T> the check, e.g. {@code Consumer<CaseRun>}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuleDispatch<T> {
    private final Map<Rule, T> checks;

    private RuleDispatch(Map<Rule, T> checks) {
        this.checks = new LinkedHashMap<>(checks);
    }

    public static <T> RuleDispatch<T> of(Map<Rule, T> checks) {
        return new RuleDispatch<>(checks);
    }

    /**
     * The check of {@code rule}.
     *
     * @throws IllegalStateException if the case has none: {@code <case> does not check <id>}
     */
    public T of(Rule rule, String caseId) {
        T check = checks.get(rule);
        if (check == null) {
            throw new IllegalStateException(caseId + " does not check " + rule.id());
        }
        return check;
    }
}
