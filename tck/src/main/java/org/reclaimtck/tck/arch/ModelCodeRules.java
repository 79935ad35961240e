package org.reclaimtck.tck.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * ArchUnit rules for model code that runs inside a deterministic kernel runtime: such code must
 * block, wait and read time only through the runtime's primitives ({@code Mutex}, {@code WaitQueue},
 * {@code Completion}, {@code msleep}, the virtual clock). A JVM monitor, a
 * {@code java.util.concurrent.locks} lock, {@code Thread.sleep} or a wall-clock read escapes the
 * scheduler: the run stops being a function of its seed, and with virtual threads on one carrier a
 * blocked monitor can stall the whole simulation.
 *
 * <p>Apply them to your own model code, leaving out the package of your runtime (if you ship one):
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ModelCodeTest {
 *     @ArchTest
 *     static final ArchRule MODEL_CODE = ModelCodeRules.forModel("com.acme.kernel..")
 *             .exceptRuntime("com.acme.kernel.runtime..")
 *             .all();
 * }
 * }</pre>
 *
 * <p>The rules: {@link #noSynchronizedMethods()}, {@link #noSynchronizedBlocks()},
 * {@link #noJavaUtilConcurrentLocks()}, {@link #noThreadSleep()}, {@link #noObjectMonitorMethods()},
 * {@link #noWallClock()}. ArchUnit does not model {@code synchronized} blocks, so
 * {@link #noSynchronizedBlocks()} reads the class files' bytecode for {@code monitorenter}
 * ({@link MonitorEnterScanner}). Package identifiers use ArchUnit's syntax ({@code "com.acme.."}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ModelCodeRules {
    private static final Set<String> TIME_UNIT_SLEEPS = Set.of("sleep", "timedWait", "timedJoin");

    private final List<String> modelPackages;
    private final List<String> runtimePackages;

    private ModelCodeRules(List<String> modelPackages, List<String> runtimePackages) {
        this.modelPackages = List.copyOf(modelPackages);
        this.runtimePackages = List.copyOf(runtimePackages);
    }

    /** The rules for classes in any of the given packages, e.g. {@code "com.acme.kernel.."}. */
    public static ModelCodeRules forModel(String... packageIdentifiers) {
        if (packageIdentifiers.length == 0) {
            throw new IllegalArgumentException("name at least one model package");
        }
        return new ModelCodeRules(Arrays.asList(packageIdentifiers), List.of());
    }

    /** Leaves out the runtime's own packages, which implement the primitives with real locks and clocks. */
    public ModelCodeRules exceptRuntime(String... packageIdentifiers) {
        return new ModelCodeRules(modelPackages, Arrays.asList(packageIdentifiers));
    }

    /** Every rule of this set as one rule; its failure lists the violations of each. */
    public ArchRule all() {
        return CompositeArchRule.of(rules()).as("model code in " + String.join(", ", modelPackages)
                + exceptClause() + " blocks and reads time only through the runtime");
    }

    /** Every rule of this set, one by one (for an {@code ArchTests} class or a loop in a plain test). */
    public List<ArchRule> rules() {
        return List.of(noSynchronizedMethods(), noSynchronizedBlocks(), noJavaUtilConcurrentLocks(), noThreadSleep(),
                noObjectMonitorMethods(), noWallClock());
    }

    /** No {@code synchronized} method: it blocks on a JVM monitor the scheduler cannot see. */
    public ArchRule noSynchronizedMethods() {
        return noMethods().that().areDeclaredInClassesThat(modelCode())
                .should().haveModifier(JavaModifier.SYNCHRONIZED)
                .because("model code must lock through the runtime's Mutex or RwSemaphore, not a JVM monitor");
    }

    /**
     * No {@code synchronized (x) { ... }} block. ArchUnit does not represent these, so this rule reads
     * each class file and looks for the {@code monitorenter} instruction.
     */
    public ArchRule noSynchronizedBlocks() {
        return classes().that(modelCode())
                .should(notContainMonitorEnter())
                .because("model code must lock through the runtime's Mutex or RwSemaphore, not a JVM monitor");
    }

    /** No use of {@code java.util.concurrent.locks} (locks, conditions, {@code LockSupport.park}). */
    public ArchRule noJavaUtilConcurrentLocks() {
        return noClasses().that(modelCode())
                .should().dependOnClassesThat().resideInAPackage("java.util.concurrent.locks..")
                .because("model code must block through the runtime's primitives, so the scheduler sees every wait");
    }

    /** No {@code Thread.sleep} and no {@code TimeUnit.sleep/timedWait/timedJoin}. */
    public ArchRule noThreadSleep() {
        DescribedPredicate<JavaAccess<?>> sleep = target(
                "it is Thread.sleep(..) or TimeUnit.sleep/timedWait/timedJoin(..)",
                t -> t.getOwner().isAssignableTo(Thread.class) && t.getName().equals("sleep")
                        || t.getOwner().isAssignableTo(TimeUnit.class) && TIME_UNIT_SLEEPS.contains(t.getName()));
        return noClasses().that(modelCode())
                .should().accessTargetWhere(sleep)
                .because("model code must sleep with the runtime's msleep/scheduleTimeoutUninterruptible (virtual time)");
    }

    /** No {@code Object.wait}, {@code notify} or {@code notifyAll}. */
    public ArchRule noObjectMonitorMethods() {
        DescribedPredicate<JavaAccess<?>> monitor = target("it is Object.wait(..), notify() or notifyAll()",
                t -> t instanceof AccessTarget.CodeUnitAccessTarget && isObjectMonitorMethod(
                        t.getName(), ((AccessTarget.CodeUnitAccessTarget) t).getRawParameterTypes().stream()
                                .map(JavaClass::getName).collect(Collectors.toList())));
        return noClasses().that(modelCode())
                .should().accessTargetWhere(monitor)
                .because("model code must wait through the runtime's WaitQueue or Completion");
    }

    /**
     * No wall-clock read: {@code System.currentTimeMillis()}, {@code System.nanoTime()}, any
     * {@code java.time} {@code now(..)}, and no use of {@code java.time.Clock} or {@code InstantSource}.
     */
    public ArchRule noWallClock() {
        DescribedPredicate<JavaAccess<?>> clockRead = target(
                "it is System.currentTimeMillis(), System.nanoTime() or a java.time now(..)",
                t -> t.getOwner().getName().equals("java.lang.System")
                        && (t.getName().equals("currentTimeMillis") || t.getName().equals("nanoTime"))
                        || isJavaTime(t.getOwner()) && t.getName().equals("now"));
        DescribedPredicate<JavaClass> clockType = DescribedPredicate.describe("are a java.time.Clock or InstantSource",
                c -> c.isAssignableTo("java.time.InstantSource") || c.isAssignableTo("java.time.Clock"));
        return noClasses().that(modelCode())
                .should().accessTargetWhere(clockRead)
                .orShould().dependOnClassesThat(clockType)
                .because("model code must read time from the runtime's virtual clock, so a run is a function of its seed");
    }

    private DescribedPredicate<JavaClass> modelCode() {
        DescribedPredicate<JavaClass> model = resideInAnyPackage(modelPackages.toArray(new String[0]));
        if (!runtimePackages.isEmpty()) {
            model = model.and(resideOutsideOfPackages(runtimePackages.toArray(new String[0])));
        }
        return model.as("reside in " + String.join(", ", modelPackages) + exceptClause());
    }

    private String exceptClause() {
        return runtimePackages.isEmpty() ? "" : " (except the runtime " + String.join(", ", runtimePackages) + ")";
    }

    private static boolean isJavaTime(JavaClass c) {
        return c.getPackageName().equals("java.time") || c.getPackageName().startsWith("java.time.");
    }

    private static boolean isObjectMonitorMethod(String name, List<String> parameters) {
        switch (name) {
            case "wait":
                return parameters.isEmpty() || parameters.equals(List.of("long"))
                        || parameters.equals(List.of("long", "int"));
            case "notify":
            case "notifyAll":
                return parameters.isEmpty();
            default:
                return false;
        }
    }

    /** Matches calls and method references whose target satisfies the predicate. */
    private static DescribedPredicate<JavaAccess<?>> target(String description, Predicate<AccessTarget> predicate) {
        return DescribedPredicate.describe(description, access -> predicate.test(access.getTarget()));
    }

    private static ArchCondition<JavaClass> notContainMonitorEnter() {
        return new ArchCondition<>("not contain synchronized blocks (monitorenter)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<Source> source = javaClass.getSource();
                if (source.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                            + "> has no class file to check for synchronized blocks"));
                    return;
                }
                List<MonitorEnterScanner.MonitorEnter> found;
                try {
                    found = MonitorEnterScanner.find(read(source.get().getUri()));
                } catch (IOException | IllegalArgumentException e) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                            + "> could not be read to check for synchronized blocks: " + e));
                    return;
                }
                String file = source.get().getFileName().orElse(javaClass.getSimpleName() + ".java");
                for (MonitorEnterScanner.MonitorEnter m : found) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Method <" + javaClass.getName() + "."
                            + m.javaSignature() + "> contains a synchronized block (monitorenter) in (" + file
                            + (m.line() >= 0 ? ":" + m.line() : "") + ")"));
                }
            }
        };
    }

    private static byte[] read(URI uri) throws IOException {
        URLConnection connection = uri.toURL().openConnection();
        connection.setUseCaches(false); // do not keep jar files open
        try (InputStream in = connection.getInputStream()) {
            return Objects.requireNonNull(in).readAllBytes();
        }
    }
}
