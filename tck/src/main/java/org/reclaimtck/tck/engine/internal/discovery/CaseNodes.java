package org.reclaimtck.tck.engine.internal.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.SelectorResolver.Context;
import org.junit.platform.engine.support.discovery.SelectorResolver.Match;
import org.reclaimtck.tck.engine.internal.descriptor.CaseDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.RuleDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.TckIds;
import org.reclaimtck.tck.engine.internal.execution.CaseDefinition;
import org.reclaimtck.tck.rules.Rule;

/** Adds a case node under its rule node (resolving the rule and suite on the way) and lists its seed children. */
final class CaseNodes {
    private CaseNodes() {
    }

    /** The case under {@code rule}, as an exact match whose children are its seeds; empty if filtered out. */
    static Optional<Match> add(DiscoveryScope scope, Context context, UniqueId engine, CaseDefinition d, Rule rule) {
        if (!scope.accepts(d, rule.id())) {
            return Optional.empty();
        }
        UniqueId ruleId = TckIds.rule(engine, d.suite(), rule.id());
        UniqueId caseId = TckIds.caseOf(engine, d.suite(), rule.id(), d.type());
        return context.addToParent(() -> selectUniqueId(ruleId),
                        parent -> parent instanceof RuleDescriptor
                                ? Optional.of(new CaseDescriptor(caseId, d, rule)) : Optional.empty())
                .map(node -> Match.exact(node, () -> seeds(scope, caseId, d)));
    }

    private static Set<DiscoverySelector> seeds(DiscoveryScope scope, UniqueId caseId, CaseDefinition d) {
        Set<DiscoverySelector> out = new LinkedHashSet<>();
        for (long s : scope.seeds(d)) {
            out.add(selectUniqueId(TckIds.seed(caseId, s)));
        }
        return out;
    }
}
