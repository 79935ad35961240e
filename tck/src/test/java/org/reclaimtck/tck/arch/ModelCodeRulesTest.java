package org.reclaimtck.tck.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each model-code rule fails on the fixture that breaks it, and only there; the runtime package is exempt. */
class ModelCodeRulesTest {
    private static final String FIXTURE = "org.reclaimtck.tck.arch.fixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);
    private static final ModelCodeRules RULES = ModelCodeRules.forModel(FIXTURE + "..")
            .exceptRuntime(FIXTURE + ".runtime..");

    @Test
    void synchronizedMethods() {
        assertViolators(ModelCodeRules::noSynchronizedMethods, "SynchronizedMethod", "Waits");
    }

    @Test
    void synchronizedBlocksAreFoundInTheBytecode() {
        assertViolators(ModelCodeRules::noSynchronizedBlocks, "SynchronizedBlock");
        String report = RULES.noSynchronizedBlocks().evaluate(CLASSES).getFailureReport().toString();
        assertThat(report).containsPattern("SynchronizedBlock.afterSwitches\\(int, int\\)> contains a synchronized block"
                        + " \\(monitorenter\\) in \\(SynchronizedBlock.java:\\d+\\)")
                .contains("SynchronizedBlock.lambda$inLambda$0()> contains a synchronized block");
    }

    @Test
    void javaUtilConcurrentLocks() {
        assertViolators(ModelCodeRules::noJavaUtilConcurrentLocks, "UsesLocks");
    }

    @Test
    void sleeping() {
        assertViolators(ModelCodeRules::noThreadSleep, "Sleeps");
        String report = RULES.noThreadSleep().evaluate(CLASSES).getFailureReport().toString();
        assertThat(report).contains("Thread.sleep(long)").contains("TimeUnit.sleep(long)");
    }

    @Test
    void objectMonitorMethods() {
        assertViolators(ModelCodeRules::noObjectMonitorMethods, "Waits");
    }

    @Test
    void wallClock() {
        assertViolators(ModelCodeRules::noWallClock, "ReadsClock");
        String report = RULES.noWallClock().evaluate(CLASSES).getFailureReport().toString();
        assertThat(report).contains("System.currentTimeMillis()").contains("System.nanoTime()")
                .contains("Instant.now()").contains("LocalDateTime.now()").contains("Clock.systemUTC()");
    }

    @Test
    void allCombinesEveryRule() {
        EvaluationResult result = RULES.all().evaluate(CLASSES);
        assertThat(violators(result)).containsExactlyInAnyOrder("SynchronizedMethod", "SynchronizedBlock",
                "UsesLocks", "Sleeps", "Waits", "ReadsClock");
        assertThat(RULES.rules()).hasSize(6);
    }

    @Test
    void withoutTheRuntimeExceptionTheRuntimeFixtureViolatesToo() {
        ModelCodeRules everything = ModelCodeRules.forModel(FIXTURE + "..");
        assertThat(violators(everything.all().evaluate(CLASSES))).contains("RuntimePrimitives");
    }

    private static void assertViolators(Function<ModelCodeRules, ArchRule> rule, String... expected) {
        EvaluationResult result = rule.apply(RULES).evaluate(CLASSES);
        assertThat(result.hasViolation()).as(rule.apply(RULES).getDescription()).isTrue();
        assertThat(violators(result)).containsExactlyInAnyOrder(expected);
    }

    /** Simple names of the fixture classes the failure report mentions. */
    private static Set<String> violators(EvaluationResult result) {
        Set<String> names = new TreeSet<>();
        Pattern p = Pattern.compile(Pattern.quote(FIXTURE) + "\\.(?:model|runtime)\\.(\\w+)");
        List<String> details = result.getFailureReport().getDetails();
        for (String line : details) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
