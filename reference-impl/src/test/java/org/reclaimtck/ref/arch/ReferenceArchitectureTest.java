package org.reclaimtck.ref.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The reference implementation's layering (architecture brief §4), lowest first:
 * runtime &lt; mm &lt; vmscan/rcu &lt; writeback &lt; block &lt; fs &lt; kernel. A layer imports only lower
 * layers, the SPI and the JDK. Layers that have no classes yet are allowed.
 *
 * <p>The model-code rules (no monitors, JUC locks, sleeps or wall clock outside the runtime) are
 * applied to this module from the TCK's tests ({@code org.reclaimtck.tck.arch.ReferenceModelCodeTest}),
 * because this module cannot depend on the TCK.
 */
@AnalyzeClasses(packages = "org.reclaimtck.ref", importOptions = ImportOption.DoNotIncludeTests.class)
class ReferenceArchitectureTest {
    private static final String REF = "org.reclaimtck.ref.";

    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.reclaimtck.ref..")
            .withOptionalLayers(true)
            .layer("runtime").definedBy(REF + "runtime..")
            .layer("mm").definedBy(REF + "mm..")
            .layer("vmscan/rcu").definedBy(REF + "vmscan..", REF + "rcu..")
            .layer("writeback").definedBy(REF + "writeback..")
            .layer("block").definedBy(REF + "block..")
            .layer("fs").definedBy(REF + "fs..")
            .layer("kernel").definedBy(REF + "kernel..")
            .whereLayer("runtime").mayNotAccessAnyLayer()
            .whereLayer("mm").mayOnlyAccessLayers("runtime")
            .whereLayer("vmscan/rcu").mayOnlyAccessLayers("runtime", "mm")
            .whereLayer("writeback").mayOnlyAccessLayers("runtime", "mm", "vmscan/rcu")
            .whereLayer("block").mayOnlyAccessLayers("runtime", "mm", "vmscan/rcu", "writeback")
            .whereLayer("fs").mayOnlyAccessLayers("runtime", "mm", "vmscan/rcu", "writeback", "block")
            .whereLayer("kernel").mayOnlyAccessLayers("runtime", "mm", "vmscan/rcu", "writeback", "block", "fs");

    @ArchTest
    static final ArchRule EVERY_CLASS_IS_IN_A_LAYER = classes()
            .that().resideInAPackage("org.reclaimtck.ref..")
            .should().resideInAnyPackage(REF + "runtime..", REF + "mm..", REF + "vmscan..", REF + "rcu..",
                    REF + "writeback..", REF + "block..", REF + "fs..", REF + "kernel..")
            .because("every package of the reference belongs to one layer of architecture brief §4");

    @ArchTest
    static final ArchRule ONLY_THE_JDK_AND_THE_SPI = classes()
            .that().resideInAPackage("org.reclaimtck.ref..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.reclaimtck.spi..",
                    "org.reclaimtck.ref..")
            .because("the reference depends on the SPI alone (architecture brief §2)");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.reclaimtck.ref.(**)")
            .should().beFreeOfCycles();
}
