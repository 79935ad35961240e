package org.reclaimtck.tck.engine.internal.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import org.reclaimtck.tck.api.ReclaimTck;
import org.reclaimtck.tck.engine.internal.execution.CaseDefinition;

/**
 * Resolves a {@code ClassSelector} of a {@link ReclaimTck} class into the whole kit: every built-in case plus
 * the case classes in the marker's own package (not its subpackages).
 */
final class MarkerClassResolver implements SelectorResolver {
    private final DiscoveryScope scope;

    MarkerClassResolver(DiscoveryScope scope) {
        this.scope = scope;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> marker = selector.getJavaClass();
        if (!marker.isAnnotationPresent(ReclaimTck.class)) {
            return Resolution.unresolved();
        }
        Set<ClassSelector> cases = new LinkedHashSet<>();
        for (CaseDefinition d : scope.builtIn()) {
            cases.add(selectClass(d.type()));
        }
        for (Class<?> c : CaseScan.inPackageOnly(marker.getPackageName())) {
            cases.add(selectClass(c));
        }
        return Resolution.selectors(cases);
    }
}
