package org.reclaimtck.tck.engine.internal.discovery;

import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.ReflectionSupport;
import org.reclaimtck.tck.api.ReclaimTck;
import org.reclaimtck.tck.engine.internal.execution.CaseDefinition;

/** Classpath scans for {@code @TckCase} and {@code @ReclaimTck} classes (directories and jars alike, via JUnit's scanner). */
final class CaseScan {
    /** The package of the built-in suites. */
    static final String BUILT_IN = "org.reclaimtck.tck.suites";

    private CaseScan() {
    }

    /** Case classes in {@code pkg} and its subpackages. */
    static List<Class<?>> inPackage(String pkg, Predicate<String> classNames) {
        return ReflectionSupport.findAllClassesInPackage(pkg, CaseDefinition::isCase, classNames);
    }

    /** Case and marker classes in {@code pkg} and its subpackages. */
    static List<Class<?>> casesAndMarkersInPackage(String pkg, Predicate<String> classNames) {
        return ReflectionSupport.findAllClassesInPackage(pkg, CaseScan::isCaseOrMarker, classNames);
    }

    /** Case classes in exactly {@code pkg}, not its subpackages. */
    static List<Class<?>> inPackageOnly(String pkg) {
        return inPackage(pkg, n -> true).stream().filter(c -> c.getPackageName().equals(pkg))
                .collect(Collectors.toList());
    }

    /** Case and marker classes under a classpath root. */
    static List<Class<?>> casesAndMarkersInClasspathRoot(URI root, Predicate<String> classNames) {
        return ReflectionSupport.findAllClassesInClasspathRoot(root, CaseScan::isCaseOrMarker, classNames);
    }

    private static boolean isCaseOrMarker(Class<?> c) {
        return CaseDefinition.isCase(c) || c.isAnnotationPresent(ReclaimTck.class);
    }
}
