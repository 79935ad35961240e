package org.reclaimtck.tck.engine.internal.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.config.ConfigurationError;
import org.reclaimtck.tck.engine.internal.config.RuleBook;
import org.reclaimtck.tck.engine.internal.execution.CaseDefinition;
import org.reclaimtck.tck.rules.Rule;

/**
 * What the selector resolvers share during one discovery: the configuration's filters and seeds, validated
 * case definitions (problems reported once as discovery issues), the built-in suites, and what the filters saw.
 */
final class DiscoveryScope {
    private final Configuration config;
    private final DiscoveryIssueReporter issues;
    private final Map<Class<?>, Optional<CaseDefinition>> definitions = new HashMap<>();
    private final Set<String> seenCases = new TreeSet<>();
    private final Set<String> seenRules = new TreeSet<>();
    private final Map<String, String> caseIds = new HashMap<>();
    private List<CaseDefinition> builtIn;
    private int accepted;

    private final boolean rulesKnown;

    /** {@code rulesKnown} false: the implementer's rules could not be read, so unknown rule ids are no issue. */
    DiscoveryScope(Configuration config, DiscoveryIssueReporter issues, boolean rulesKnown) {
        this.config = config;
        this.issues = issues;
        this.rulesKnown = rulesKnown;
    }

    Configuration config() {
        return config;
    }

    /** The validated case, or empty (with an issue reported) if the class is not a usable case. */
    Optional<CaseDefinition> definition(Class<?> type) {
        return definitions.computeIfAbsent(type, this::validate);
    }

    private Optional<CaseDefinition> validate(Class<?> type) {
        try {
            CaseDefinition d = CaseDefinition.of(type);
            String other = caseIds.putIfAbsent(d.qualifiedId(), type.getName());
            if (other != null) {
                issue("case id " + d.qualifiedId() + " of " + type.getName() + " is already used by " + other, type);
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (IllegalArgumentException e) {
            issue(e.getMessage(), type);
            return Optional.empty();
        }
    }

    /** The catalogued rule a case names, or empty (with an issue) if the id is not in the catalogue. */
    Optional<Rule> rule(CaseDefinition d, String ruleId) {
        Optional<Rule> r = config.ruleBook().find(ruleId);
        if (r.isEmpty() && !rulesKnown) {
            seenCases.add(d.qualifiedId()); // a case of the kit was selected: the configuration error shows
        } else if (r.isEmpty()) {
            issue("case " + d.qualifiedId() + " names rule '" + ruleId + "', which is not in the rule catalogue"
                    + " (known: " + config.ruleBook().knownIds() + "; see docs/rules.md, or declare it in a "
                    + RuleBook.SERVICES + ")", d.type());
        }
        return r;
    }

    /** Applies reclaimtck.case and reclaimtck.rules to one (case, rule) and remembers what it saw. */
    boolean accepts(CaseDefinition d, String ruleId) {
        seenCases.add(d.qualifiedId());
        seenRules.add(ruleId);
        boolean ok = config.cases().accepts(d.suite(), d.id()) && config.rules().accepts(ruleId);
        if (ok) {
            accepted++;
        }
        return ok;
    }

    /** The case's seeds, those of this run's shard ({@code reclaimtck.shard}) only. */
    List<Long> seeds(CaseDefinition d) {
        return config.seeds(d.maxSeeds()).stream().filter(s -> config.shard().includes(d.qualifiedId(), s)).toList();
    }

    /** Every valid case of the built-in suites, scanned once. */
    List<CaseDefinition> builtIn() {
        if (builtIn == null) {
            builtIn = new ArrayList<>();
            for (Class<?> c : CaseScan.inPackage(CaseScan.BUILT_IN, n -> true)) {
                definition(c).ifPresent(builtIn::add);
            }
        }
        return builtIn;
    }

    /** True if any case was offered to the filters: the request selected something of the kit. */
    boolean sawCases() {
        return !seenCases.isEmpty();
    }

    /** A filter that matched none of the cases it was offered, said in one line; empty if all is well. */
    Optional<ConfigurationError> filterError() {
        if (seenCases.isEmpty() || accepted > 0) {
            return Optional.empty();
        }
        boolean caseHit = seenCases.stream().anyMatch(q -> {
            int slash = q.indexOf('/');
            return config.cases().accepts(q.substring(0, slash), q.substring(slash + 1));
        });
        if (config.cases().isSet() && !caseHit) {
            return Optional.of(new ConfigurationError(Configuration.CASE, "no case matches '" + config.cases()
                    + "' (found: " + String.join(", ", seenCases) + ")"));
        }
        return Optional.of(new ConfigurationError(Configuration.RULES, "no selected case checks a rule matching '"
                + config.rules() + "' (their rules: " + String.join(", ", seenRules) + ")"));
    }

    private void issue(String message, Class<?> type) {
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, message).source(ClassSource.from(type)));
    }
}
