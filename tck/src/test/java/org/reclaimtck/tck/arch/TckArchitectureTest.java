package org.reclaimtck.tck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
