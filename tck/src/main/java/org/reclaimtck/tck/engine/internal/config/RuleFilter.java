package org.reclaimtck.tck.engine.internal.config;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.tck.rules.RuleCatalogue;

/** {@code reclaimtck.rules}: rule ids or prefixes ({@code RT-*}); every entry must match a rule of the run's {@link RuleBook}. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RuleFilter {
    private final List<String> patterns;
    private final RuleBook book;

    private RuleFilter(List<String> patterns, RuleBook book) {
        this.patterns = List.copyOf(patterns);
        this.book = book;
    }

    static RuleFilter all(RuleBook book) {
        return new RuleFilter(List.of(), book);
    }

    /** The rules the patterns select from. */
    RuleBook book() {
        return book;
    }

    static RuleFilter parse(String parameter, String value, RuleBook book) {
        List<String> patterns = ConfigValues.list(parameter, value);
        for (String p : patterns) {
            if (book.matching(p).isEmpty()) {
                throw new ConfigurationError(parameter, "no rule matches '" + p + "' (known: "
                        + book.knownIds() + ")");
            }
        }
        return new RuleFilter(patterns, book);
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
