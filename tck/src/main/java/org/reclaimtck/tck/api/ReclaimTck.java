package org.reclaimtck.tck.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * The marker that runs the whole kit: selecting a class with this annotation runs every built-in suite
 * (the cases under {@code org.reclaimtck.tck.suites}) plus the {@link TckCase} classes in the marker's own
 * package. An implementer adds one such class to their test sources, so Maven Surefire, which selects only
 * the project's own test classes, runs the kit:
 *
 * <pre>{@code
 * @ReclaimTck
 * class MyKernelConformanceTest {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Testable
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface ReclaimTck {
}
