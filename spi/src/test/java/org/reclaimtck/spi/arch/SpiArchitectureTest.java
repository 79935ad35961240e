package org.reclaimtck.spi.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The SPI (architecture brief §2, §3): contracts only, on the JDK alone, without package cycles. */
@AnalyzeClasses(packages = "org.reclaimtck.spi", importOptions = ImportOption.DoNotIncludeTests.class)
class SpiArchitectureTest {

    @ArchTest
    static final ArchRule SPI_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("org.reclaimtck.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.reclaimtck.spi..")
            .because("an implementer must be able to build against the SPI with nothing else on the class path");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.reclaimtck.spi.(**)")
            .should().beFreeOfCycles();

    /** The SPI's value types run inside model code, so they obey the model-code rules too. */
    @ArchTest
    static final ArchRule NO_SYNCHRONIZED_METHODS = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.reclaimtck.spi..")
            .should().haveModifier(JavaModifier.SYNCHRONIZED);
}
