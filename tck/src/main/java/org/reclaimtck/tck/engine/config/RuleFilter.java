package org.reclaimtck.tck.engine.config;

import java.util.List;
import org.reclaimtck.tck.rules.RuleCatalogue;

/** {@code reclaimtck.rules}: rule ids or prefixes ({@code RT-*}); every entry must match a catalogued rule. */
public final class RuleFilter {
    private final List<String> patterns;

    private RuleFilter(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static RuleFilter all() {
        return new RuleFilter(List.of());
    }

    static RuleFilter parse(String parameter, String value) {
        List<String> patterns = ConfigValues.list(parameter, value);
        for (String p : patterns) {
            if (RuleCatalogue.matching(p).isEmpty()) {
                throw new ConfigurationError(parameter, "no rule matches '" + p + "' (known: "
                        + RuleCatalogue.knownIds() + ")");
            }
        }
        return new RuleFilter(patterns);
    }

    public boolean accepts(String ruleId) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> RuleCatalogue.matches(p, ruleId));
    }

    public boolean isSet() {
        return !patterns.isEmpty();
    }

    @Override
    public String toString() {
        return patterns.isEmpty() ? "all" : String.join(",", patterns);
    }
}
