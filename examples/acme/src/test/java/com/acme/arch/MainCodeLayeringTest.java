package com.acme.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.reclaimtck.tck.arch.ModelCodeRules;

/**
 * Acme's parts are written against the SPI only, as they would be against a kernel's exported symbols: they must
 * plug into any kernel that implements the SPI, not into the reference's internals. And they are model code: they
 * block only through the runtime's primitives (the kit's {@link ModelCodeRules}).
 */
@AnalyzeClasses(packages = "com.acme", importOptions = ImportOption.DoNotIncludeTests.class)
class MainCodeLayeringTest {
    @ArchTest
    static final ArchRule NO_REFERENCE_INTERNALS = noClasses().that().resideInAPackage("com.acme..")
            .should().dependOnClassesThat().resideInAPackage("org.reclaimtck.ref..")
            .because("a part may use only org.reclaimtck.spi..: the reference kernel is one implementation of it");

    @ArchTest
    static final ArchRule ONLY_THE_SPI = classes().that().resideInAPackage("com.acme..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.acme..", "org.reclaimtck.spi..", "java..")
            .because("a part may use only org.reclaimtck.spi.. and the JDK");

    @ArchTest
    static final ArchRule MODEL_CODE = ModelCodeRules.forModel("com.acme..").all();
}
