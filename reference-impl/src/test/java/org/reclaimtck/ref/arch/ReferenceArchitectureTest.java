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
 * runtime &lt; mm &lt; vmscan/oom/rcu &lt; memcg &lt; filemap &lt; writeback &lt; block &lt; swap &lt; fs &lt; kernel. A layer imports only lower
 * layers, the SPI and the JDK. Layers that have no classes yet are allowed.
 *
 * <p>The model-code rules (no monitors, JUC locks, sleeps or wall clock outside the runtime) are
 * applied to this module from the TCK's tests ({@code org.reclaimtck.tck.arch.ReferenceModelCodeTest}),
 * because this module cannot depend on the TCK.
 */
@AnalyzeClasses(packages = "org.reclaimtck.ref", importOptions = ImportOption.DoNotIncludeTests.class)
class ReferenceArchitectureTest {
    private static final String REF = "org.reclaimtck.ref.";

    /** The kernel's mechanisms, lowest first, as {@code mm/}, {@code block/} and {@code fs/} cut them. */
    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.reclaimtck.ref..")
            .withOptionalLayers(true)
            .layer("runtime").definedBy(REF + "runtime..")
            .layer("mm").definedBy(REF + "mm..")
            .layer("mempool").definedBy(REF + "mempool..")
            .layer("shrinker").definedBy(REF + "shrinker..")
            .layer("vmscan/oom/rcu").definedBy(REF + "vmscan..", REF + "oom..", REF + "rcu..")
            .layer("memcg").definedBy(REF + "memcg..")
            .layer("filemap").definedBy(REF + "filemap..")
            .layer("writeback").definedBy(REF + "writeback..")
            .layer("block").definedBy(REF + "block..")
            .layer("swap").definedBy(REF + "swap..")
            .layer("vfs").definedBy(REF + "vfs..")
            .layer("journal").definedBy(REF + "journal..")
            .layer("parts").definedBy(REF + "drivers..", REF + "xfs..")
            .layer("kernel").definedBy(REF + "kernel..")
            .whereLayer("runtime").mayNotAccessAnyLayer()
            .whereLayer("mm").mayOnlyAccessLayers("runtime")
            .whereLayer("mempool").mayOnlyAccessLayers("runtime", "mm")
            .whereLayer("shrinker").mayOnlyAccessLayers("runtime", "mm", "mempool")
            .whereLayer("vmscan/oom/rcu").mayOnlyAccessLayers("runtime", "mm", "mempool", "shrinker")
            .whereLayer("filemap").mayOnlyAccessLayers("runtime", "mm", "mempool", "shrinker", "vmscan/oom/rcu")
            .whereLayer("writeback").mayOnlyAccessLayers("runtime", "mm", "mempool", "shrinker", "vmscan/oom/rcu", "filemap")
            .whereLayer("block").mayOnlyAccessLayers("runtime", "mm", "mempool", "shrinker", "vmscan/oom/rcu", "filemap", "writeback")
            .whereLayer("swap").mayOnlyAccessLayers("runtime", "mm", "vmscan/oom/rcu", "block")
            .whereLayer("vfs").mayOnlyAccessLayers("runtime", "mm", "mempool", "shrinker", "vmscan/oom/rcu", "filemap", "writeback", "block")
            .whereLayer("journal").mayOnlyAccessLayers("runtime", "mm", "mempool", "shrinker", "vmscan/oom/rcu", "filemap", "writeback", "block", "vfs")
            .whereLayer("parts").mayNotAccessAnyLayer()
            .whereLayer("memcg").mayOnlyAccessLayers("runtime", "mm", "mempool", "shrinker", "vmscan/oom/rcu")
            .whereLayer("kernel").mayOnlyAccessLayers("runtime", "mm", "mempool", "shrinker", "vmscan/oom/rcu", "memcg", "filemap", "writeback", "block", "vfs", "journal", "parts", "swap");

    /** The reference's own parts are parts like a user's: they see the SPI and nothing of the kernel they plug into. */
    @ArchTest
    static final ArchRule PARTS_USE_ONLY_THE_SPI = classes()
            .that().resideInAnyPackage(REF + "drivers..", REF + "xfs..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.reclaimtck.spi..", REF + "drivers..",
                    REF + "xfs..")
            .because("a part implements SPI ops tables and calls back only through KernelServices");

    @ArchTest
    static final ArchRule EVERY_CLASS_IS_IN_A_LAYER = classes()
            .that().resideInAPackage("org.reclaimtck.ref..")
            .should().resideInAnyPackage(REF + "runtime..", REF + "mm..", REF + "mempool..", REF + "shrinker..", REF + "vmscan..", REF + "oom..", REF + "rcu..", REF + "memcg..", REF + "filemap..", REF + "writeback..", REF + "block..", REF + "swap..", REF + "vfs..", REF + "journal..", REF + "drivers..", REF + "xfs..", REF + "kernel..")
            .because("every package of the reference belongs to one mechanism layer (docs/architecture.md section 4)");

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
