package com.acme.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Acme's tests may use the reference kernel only through its public assembly API, {@code org.reclaimtck.ref.kernel}. */
@AnalyzeClasses(packages = "com.acme", importOptions = ImportOption.OnlyIncludeTests.class)
class TestCodeLayeringTest {
    @ArchTest
    static final ArchRule ONLY_THE_ASSEMBLY_API = noClasses().that().resideInAPackage("com.acme..")
            .should().dependOnClassesThat(resideInAPackage("org.reclaimtck.ref..")
                    .and(resideInAPackage("org.reclaimtck.ref.kernel").negate()))
            .because("the reference's public API is org.reclaimtck.ref.kernel (ReferenceKernelProvider); the rest"
                    + " is its implementation");
}
