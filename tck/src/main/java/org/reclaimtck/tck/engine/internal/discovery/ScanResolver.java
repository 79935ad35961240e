package org.reclaimtck.tck.engine.internal.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves {@code PackageSelector}s and {@code ClasspathRootSelector}s into class selectors of the case classes
 * and {@code @ReclaimTck} markers found (an IDE's "run all in module" then runs the kit through the marker).
 */
final class ScanResolver implements SelectorResolver {
    private final Predicate<String> classNames;

    ScanResolver(Predicate<String> classNames) {
        this.classNames = classNames;
    }

    @Override
    public Resolution resolve(PackageSelector selector, Context context) {
        return selectors(CaseScan.casesAndMarkersInPackage(selector.getPackageName(), classNames));
    }

    @Override
    public Resolution resolve(ClasspathRootSelector selector, Context context) {
        return selectors(CaseScan.casesAndMarkersInClasspathRoot(selector.getClasspathRoot(), classNames));
    }

    private static Resolution selectors(List<Class<?>> classes) {
        if (classes.isEmpty()) {
            return Resolution.unresolved();
        }
        Set<ClassSelector> out = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            out.add(selectClass(c));
        }
        return Resolution.selectors(out);
    }
}
