package org.reclaimtck.tck.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;
import org.reclaimtck.spi.kernel.Capability;

/**
 * Marks a {@link KernelCase} class as a case of the kit: the engine runs it under each seed and judges
 * each rule it names. The class needs a public no-arg constructor; one instance serves one run.
 *
 * <pre>{@code
 * @TckCase(suite = "runtime", id = "abba-mutex", rules = {RuleIds.RT_2}, requires = Capability.RUNTIME)
 * public final class AbbaMutexCase implements KernelCase { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Testable
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface TckCase {
    /** The suite, e.g. {@code runtime}; a case's qualified id is {@code suite/id}. */
    String suite();

    /** The case id, unique within its suite, e.g. {@code abba-mutex}. */
    String id();

    /**
     * The rule ids this case checks, e.g. {@code RuleIds.RT_2} for the kit's {@code RT-2}, or the id of a rule an
     * implementer declares with a {@link RuleSource}; the case appears under each.
     */
    String[] rules();

    /** The parts the provider must implement; without them the case is "not applicable". */
    Capability[] requires() default {Capability.RUNTIME};

    /**
     * At most this many of the configured seeds (1..N); 0 means all. For cases that sweep seeds themselves,
     * e.g. RT-5 runs 100 seeds inside one check.
     */
    int maxSeeds() default 0;

    /**
     * True if the case's rule is about runs that end abnormally (a task's exception, the watchdog's abort), e.g.
     * RT-7: its check then decides alone. Otherwise (the default) a run that ended in an implementation error or a
     * watchdog abort is inconclusive for every rule the check does not find violated: the engine reports it
     * aborted ("inconclusive: the run ended in ..."), never passed.
     */
    @API(status = API.Status.STABLE, since = "0.3.0")
    boolean judgesAbnormalEnds() default false;
}
