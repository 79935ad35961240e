package org.reclaimtck.tck.engine.internal.discovery;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import org.reclaimtck.tck.engine.internal.execution.CaseDefinition;
import org.reclaimtck.tck.rules.Rule;

/** Resolves a {@code ClassSelector} of a {@code @TckCase} class: one case node under each rule it names. */
final class CaseClassResolver implements SelectorResolver {
    private final DiscoveryScope scope;
    private final UniqueId engine;

    CaseClassResolver(DiscoveryScope scope, UniqueId engine) {
        this.scope = scope;
        this.engine = engine;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> type = selector.getJavaClass();
        if (!CaseDefinition.isCase(type)) {
            return Resolution.unresolved();
        }
        Optional<CaseDefinition> def = scope.definition(type);
        if (def.isEmpty()) {
            return Resolution.unresolved();
        }
        Set<Match> matches = new LinkedHashSet<>();
        for (String ruleId : def.get().rules()) {
            Optional<Rule> rule = scope.rule(def.get(), ruleId);
            rule.flatMap(r -> CaseNodes.add(scope, context, engine, def.get(), r)).ifPresent(matches::add);
        }
        return matches.isEmpty() ? Resolution.unresolved() : Resolution.matches(matches);
    }
}
