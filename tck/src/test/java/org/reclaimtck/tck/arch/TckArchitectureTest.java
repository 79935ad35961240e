package org.reclaimtck.tck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The TCK's main code (architecture brief §2): independent of the reference, free of package cycles. */
@AnalyzeClasses(packages = "org.reclaimtck.tck", importOptions = ImportOption.DoNotIncludeTests.class)
class TckArchitectureTest {

    @ArchTest
    static final ArchRule TCK_NEVER_DEPENDS_ON_THE_REFERENCE = noClasses()
            .that().resideInAPackage("org.reclaimtck.tck..")
            .should().dependOnClassesThat().resideInAPackage("org.reclaimtck.ref..")
            .because("the TCK judges any provider through the SPI; only its tests may use the reference");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.reclaimtck.tck.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule ENGINE_INTERNALS_STAY_IN_THE_ENGINE = noClasses()
            .that().resideOutsideOfPackage("org.reclaimtck.tck.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.reclaimtck.tck.engine.internal..")
            .because("engine.internal is the engine's implementation, free to change (@API INTERNAL)");

    @ArchTest
    static final ArchRule THE_CASE_API_IS_STABLE = classes()
            .that().resideInAPackage("org.reclaimtck.tck.api").and().arePublic().and().areTopLevelClasses()
            .should().beAnnotatedWith(status(API.Status.STABLE));

    @ArchTest
    static final ArchRule ENGINE_INTERNALS_ARE_INTERNAL = classes()
            .that().resideInAPackage("org.reclaimtck.tck.engine.internal..").and().arePublic()
            .and().areTopLevelClasses()
            .should().beAnnotatedWith(status(API.Status.INTERNAL));

    /** What the stable case API returns is stable too: a {@code RuleSource} declares {@code Rule}s. */
    @ArchTest
    static final ArchRule THE_RULE_TYPE_IS_STABLE = classes()
            .that().haveFullyQualifiedName("org.reclaimtck.tck.rules.Rule")
            .or().haveFullyQualifiedName("org.reclaimtck.tck.rules.RuleLevel")
            .should().beAnnotatedWith(status(API.Status.STABLE));

    @ArchTest
    static final ArchRule WHAT_A_USER_MAY_CALL_IS_EXPERIMENTAL = classes()
            .that().resideInAnyPackage("org.reclaimtck.tck.oracles..", "org.reclaimtck.tck.workloads..",
                    "org.reclaimtck.tck.rules..", "org.reclaimtck.tck.report..")
            .and().arePublic().and().areTopLevelClasses()
            .and().doNotHaveFullyQualifiedName("org.reclaimtck.tck.rules.Rule")
            .and().doNotHaveFullyQualifiedName("org.reclaimtck.tck.rules.RuleLevel")
            .should().beAnnotatedWith(status(API.Status.EXPERIMENTAL));

    private static DescribedPredicate<JavaAnnotation<?>> status(API.Status status) {
        return new DescribedPredicate<>("@API(status = " + status + ")") {
            @Override
            public boolean test(JavaAnnotation<?> a) {
                return a.getRawType().isEquivalentTo(API.class) && a.as(API.class).status() == status;
            }
        };
    }
}
