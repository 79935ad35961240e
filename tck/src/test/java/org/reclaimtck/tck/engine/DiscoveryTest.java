package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.reclaimtck.tck.engine.internal.descriptor.TckIds;
import org.reclaimtck.tck.suites.runtime.AbbaMutexCase;
import org.reclaimtck.tck.suites.runtime.SeedDiversityCase;

/** Which selectors give which tree: engine -> suite -> rule -> case -> seed. */
class DiscoveryTest {
    private static final UniqueId ENGINE = UniqueId.forEngine(ReclaimTckEngine.ENGINE_ID);
    private static final int RUNTIME_CASES = 13;

    private static TestDescriptor discover(List<String> params, DiscoverySelector... selectors) {
        EngineTestKit.Builder b = EngineTestKit.engine(new ReclaimTckEngine()).selectors(selectors)
                .enableImplicitConfigurationParameters(false);
        for (int i = 0; i < params.size(); i += 2) {
            b.configurationParameter(params.get(i), params.get(i + 1));
        }
        return b.discover().getEngineDescriptor();
    }

    private static List<String> paths(TestDescriptor engine, String type) {
        return engine.getDescendants().stream().map(TestDescriptor::getUniqueId)
                .filter(id -> id.getLastSegment().getType().equals(type))
                .map(id -> id.getSegments().stream().skip(1).map(UniqueId.Segment::getValue)
                        .map(v -> v.substring(v.lastIndexOf('.') + 1)).collect(Collectors.joining("/")))
                .collect(Collectors.toList());
    }

    private static Set<String> caseClasses(TestDescriptor engine) {
        return engine.getDescendants().stream()
                .filter(d -> d.getUniqueId().getLastSegment().getType().equals(TckIds.CASE))
                .map(d -> d.getUniqueId().getLastSegment().getValue()).collect(Collectors.toSet());
    }

    @Test
    void caseClassAppearsUnderEachOfItsRules() {
        TestDescriptor engine = discover(List.of("reclaimtck.seeds", "2"), selectClass(AbbaMutexCase.class));

        assertThat(paths(engine, TckIds.SEED)).containsExactly(
                "runtime/RT-1/AbbaMutexCase/1", "runtime/RT-1/AbbaMutexCase/2",
                "runtime/RT-2/AbbaMutexCase/1", "runtime/RT-2/AbbaMutexCase/2");
        assertThat(engine.getChildren()).singleElement().satisfies(s -> assertThat(s.getDisplayName()).isEqualTo("runtime"));
    }

    @Test
    void testsAreNamedBySuiteCaseRuleAndSeedForSurefireAndIdes() {
        TestDescriptor engine = discover(List.of("reclaimtck.seeds", "2", "reclaimtck.rules", "RT-2"),
                selectClass(AbbaMutexCase.class));

        List<TestDescriptor> seeds = engine.getDescendants().stream().filter(TestDescriptor::isTest)
                .collect(Collectors.toList());
        assertThat(seeds).extracting(TestDescriptor::getDisplayName)
                .containsExactly("runtime/abba-mutex [RT-2] seed 1", "runtime/abba-mutex [RT-2] seed 2");
        assertThat(seeds).allSatisfy(t -> {
            assertThat(t.getLegacyReportingName()).isEqualTo(t.getDisplayName());
            // a method source: Surefire names the <testcase> by the display name instead of leaving it empty
            assertThat(t.getSource()).get().isInstanceOfSatisfying(MethodSource.class, m -> {
                assertThat(m.getClassName()).isEqualTo(AbbaMutexCase.class.getName());
                assertThat(m.getMethodName()).isEqualTo("check");
            });
            assertThat(t.getParent()).get().satisfies(c -> {
                assertThat(c.getDisplayName()).isEqualTo("runtime/abba-mutex [RT-2]");
                assertThat(c.getLegacyReportingName()).isEqualTo("runtime/abba-mutex [RT-2]");
                assertThat(c.getSource()).get().isInstanceOf(ClassSource.class);
            });
        });
    }

    @Test
    void markerSelectsEveryBuiltInCase() {
        TestDescriptor byMarker = discover(List.of("reclaimtck.seeds", "1"),
                selectClass("org.reclaimtck.tck.ReferenceConformanceTest"));
        TestDescriptor byPackage = discover(List.of("reclaimtck.seeds", "1"), selectPackage("org.reclaimtck.tck.suites"));

        assertThat(caseClasses(byMarker)).isEqualTo(caseClasses(byPackage)).hasSizeGreaterThanOrEqualTo(RUNTIME_CASES)
                .contains(AbbaMutexCase.class.getName(), SeedDiversityCase.class.getName());
        assertThat(paths(byMarker, TckIds.RULE).stream().filter(p -> p.startsWith("runtime/"))).containsExactly(
                "runtime/RT-1", "runtime/RT-2", "runtime/RT-3", "runtime/RT-4", "runtime/RT-5", "runtime/RT-6",
                "runtime/RT-7", "runtime/RT-8", "runtime/SCOPE-1", "runtime/SCOPE-2");
    }

    @Test
    void packageAndClasspathRootSelectTheSameTreeAsTheMarker() throws Exception {
        Path mainClasses = Path.of(AbbaMutexCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TestDescriptor byMarker = discover(List.of(), selectClass("org.reclaimtck.tck.ReferenceConformanceTest"));
        TestDescriptor byPackage = discover(List.of(), selectPackage("org.reclaimtck.tck.suites"));
        TestDescriptor byRoot = discover(List.of(), selectClasspathRoots(Set.of(mainClasses)).get(0));

        assertThat(paths(byPackage, TckIds.SEED)).isEqualTo(paths(byMarker, TckIds.SEED));
        assertThat(paths(byRoot, TckIds.SEED)).isEqualTo(paths(byMarker, TckIds.SEED));
        assertThat(paths(byMarker, TckIds.SEED).stream().filter(p -> p.startsWith("runtime/")))
                .hasSize(13 * 16 + 16 + 1);
    }

    @Test
    void scanningTestClassesFindsTheMarker() throws Exception {
        Path testClasses = Path.of(DiscoveryTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TestDescriptor byMarker = discover(List.of(), selectClass("org.reclaimtck.tck.ReferenceConformanceTest"));
        TestDescriptor byRoot = discover(List.of(), selectClasspathRoots(Set.of(testClasses)).get(0));

        // the test classes also hold the worked example of docs/writing-cases.md (suite blkdrv) and the engine tests'
        // own cases (pins, thirdparty, spin, selftest), which a root scan finds
        List<String> testSuites = List.of("blkdrv/", "pins/", "thirdparty/", "spin/", "selftest/");
        List<String> scanned = paths(byRoot, TckIds.SEED);
        assertThat(scanned.stream().filter(p -> testSuites.stream().noneMatch(p::startsWith)).collect(Collectors.toList()))
                .isEqualTo(paths(byMarker, TckIds.SEED));
        assertThat(scanned).anyMatch(p -> p.startsWith("blkdrv/"));
    }

    @Test
    void uniqueIdOfOneSeedSelectsOnlyThatSeed() {
        UniqueId seed = TckIds.seed(TckIds.caseOf(ENGINE, "runtime", "RT-2", AbbaMutexCase.class), 7);
        TestDescriptor engine = discover(List.of(), selectUniqueId(seed));

        assertThat(paths(engine, TckIds.SEED)).containsExactly("runtime/RT-2/AbbaMutexCase/7");
    }

    @Test
    void uniqueIdOfARuleSelectsItsBuiltInCases() {
        TestDescriptor engine = discover(List.of("reclaimtck.seeds", "1"),
                selectUniqueId(TckIds.rule(ENGINE, "runtime", "RT-3")));

        assertThat(paths(engine, TckIds.SEED)).containsExactly("runtime/RT-3/OrphanCompletionCase/1",
                "runtime/RT-3/WakerExitsCase/1");
    }

    @Test
    void ruleAndCaseFiltersNarrowTheTree() {
        TestDescriptor byPrefix = discover(List.of("reclaimtck.rules", "SCOPE-*", "reclaimtck.case", "runtime/*",
                "reclaimtck.seeds", "1"),
                selectPackage("org.reclaimtck.tck.suites"));
        TestDescriptor byCase = discover(List.of("reclaimtck.case", "runtime/abba-mutex", "reclaimtck.rules", "RT-2",
                "reclaimtck.seed", "5"), selectPackage("org.reclaimtck.tck.suites"));

        assertThat(paths(byPrefix, TckIds.SEED)).containsExactly("runtime/SCOPE-1/ScopeRestoreOrderCase/1",
                "runtime/SCOPE-2/GfpContextCase/1");
        assertThat(paths(byCase, TckIds.SEED)).containsExactly("runtime/RT-2/AbbaMutexCase/5");
    }

    @Test
    void maxSeedsCapsASweepingCase() {
        TestDescriptor engine = discover(List.of("reclaimtck.seeds", "16"), selectClass(SeedDiversityCase.class));

        assertThat(paths(engine, TckIds.SEED)).containsExactly("runtime/RT-5/SeedDiversityCase/1");
    }

    @Test
    void jupiterClassesAreNotTheKitsBusiness() {
        TestDescriptor engine = discover(List.of(), selectClass(DiscoveryTest.class));

        assertThat(engine.getChildren()).isEmpty();
    }
}
