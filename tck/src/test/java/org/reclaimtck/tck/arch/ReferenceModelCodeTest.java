package org.reclaimtck.tck.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The reference implementation's model code obeys {@link ModelCodeRules}, applied as an implementer
 * applies them to their own code. It lives here, not in reference-impl, because reference-impl
 * cannot depend on the TCK (the TCK's tests depend on reference-impl).
 */
@AnalyzeClasses(packages = "org.reclaimtck.ref", importOptions = ImportOption.DoNotIncludeTests.class)
class ReferenceModelCodeTest {
    private static final ModelCodeRules RULES = ModelCodeRules.forModel("org.reclaimtck.ref..")
            .exceptRuntime("org.reclaimtck.ref.runtime..");

    @ArchTest
    static final ArchRule NO_SYNCHRONIZED_METHODS = RULES.noSynchronizedMethods();

    /** Bytecode check: ArchUnit does not see synchronized blocks. */
    @ArchTest
    static final ArchRule NO_SYNCHRONIZED_BLOCKS = RULES.noSynchronizedBlocks();

    @ArchTest
    static final ArchRule NO_JAVA_UTIL_CONCURRENT_LOCKS = RULES.noJavaUtilConcurrentLocks();

    @ArchTest
    static final ArchRule NO_THREAD_SLEEP = RULES.noThreadSleep();

    @ArchTest
    static final ArchRule NO_OBJECT_MONITOR_METHODS = RULES.noObjectMonitorMethods();

    @ArchTest
    static final ArchRule NO_WALL_CLOCK = RULES.noWallClock();
}
