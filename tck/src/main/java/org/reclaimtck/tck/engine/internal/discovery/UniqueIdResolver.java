package org.reclaimtck.tck.engine.internal.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import org.reclaimtck.tck.engine.internal.descriptor.CaseDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.RuleDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.SeedDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.SuiteDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.TckIds;
import org.reclaimtck.tck.engine.internal.execution.CaseDefinition;
import org.reclaimtck.tck.rules.Rule;

/**
 * Resolves {@code UniqueIdSelector}s (IDE reruns) at every level: a suite or rule expands to the built-in cases
 * under it, a case to its seeds, a seed to itself; parents are resolved on the way, without their other children.
 */
final class UniqueIdResolver implements SelectorResolver {
    private final DiscoveryScope scope;
    private final UniqueId engine;

    UniqueIdResolver(DiscoveryScope scope, UniqueId engine) {
        this.scope = scope;
        this.engine = engine;
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        List<UniqueId.Segment> segments = id.getSegments();
        if (!id.hasPrefix(engine) || segments.size() < 2) {
            return Resolution.unresolved();
        }
        String type = id.getLastSegment().getType();
        Optional<Match> match;
        switch (segments.size()) {
            case 2 -> match = TckIds.SUITE.equals(type) ? suite(id, context) : Optional.empty();
            case 3 -> match = TckIds.RULE.equals(type) ? rule(id, context) : Optional.empty();
            case 4 -> match = TckIds.CASE.equals(type) ? caseNode(id, context) : Optional.empty();
            case 5 -> match = TckIds.SEED.equals(type) ? seed(id, context) : Optional.empty();
            default -> match = Optional.empty();
        }
        return match.map(Resolution::match).orElse(Resolution.unresolved());
    }

    private Optional<Match> suite(UniqueId id, Context context) {
        String suite = id.getLastSegment().getValue();
        return context.addToParent(parent -> Optional.of(new SuiteDescriptor(id, suite)))
                .map(node -> Match.exact(node, () -> rulesOf(suite)));
    }

    private Optional<Match> rule(UniqueId id, Context context) {
        String suite = TckIds.value(id, TckIds.SUITE);
        Optional<Rule> rule = scope.config().ruleBook().find(id.getLastSegment().getValue());
        if (rule.isEmpty() || !scope.config().rules().accepts(rule.get().id())) {
            return Optional.empty();
        }
        return context.addToParent(() -> selectUniqueId(id.removeLastSegment()),
                        parent -> parent instanceof SuiteDescriptor
                                ? Optional.of(new RuleDescriptor(id, suite, rule.get())) : Optional.empty())
                .map(node -> Match.exact(node, () -> casesOf(suite, rule.get().id())));
    }

    private Optional<Match> caseNode(UniqueId id, Context context) {
        String suite = TckIds.value(id, TckIds.SUITE);
        String ruleId = TckIds.value(id, TckIds.RULE);
        Optional<CaseDefinition> def = ReflectionSupport.tryToLoadClass(id.getLastSegment().getValue()).toOptional()
                .filter(CaseDefinition::isCase).flatMap(scope::definition)
                .filter(d -> d.suite().equals(suite) && d.rules().contains(ruleId));
        Optional<Rule> rule = scope.config().ruleBook().find(ruleId);
        if (def.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        return CaseNodes.add(scope, context, engine, def.get(), rule.get());
    }

    private Optional<Match> seed(UniqueId id, Context context) {
        long seed;
        try {
            seed = Long.parseLong(id.getLastSegment().getValue());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return context.addToParent(() -> selectUniqueId(id.removeLastSegment()),
                        parent -> parent instanceof CaseDescriptor c
                                ? Optional.of(new SeedDescriptor(id, c.definition(), c.rule(), seed)) : Optional.empty())
                .map(Match::exact);
    }

    private Set<DiscoverySelector> rulesOf(String suite) {
        Set<DiscoverySelector> out = new LinkedHashSet<>();
        for (CaseDefinition d : scope.builtIn()) {
            if (d.suite().equals(suite)) {
                for (String r : d.rules()) {
                    out.add(selectUniqueId(TckIds.rule(engine, suite, r)));
                }
            }
        }
        return out;
    }

    private Set<DiscoverySelector> casesOf(String suite, String ruleId) {
        Set<DiscoverySelector> out = new LinkedHashSet<>();
        for (CaseDefinition d : scope.builtIn()) {
            if (d.suite().equals(suite) && d.rules().contains(ruleId)) {
                out.add(selectUniqueId(TckIds.caseOf(engine, suite, ruleId, d.type())));
            }
        }
        return out;
    }
}
