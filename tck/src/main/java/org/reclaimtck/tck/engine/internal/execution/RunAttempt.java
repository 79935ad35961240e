package org.reclaimtck.tck.engine.internal.execution;

import java.time.Duration;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.tck.api.KernelCase;

/** How one guarded (case, seed) run ended: with a result, stopped by the watchdog, or with the provider throwing. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public sealed interface RunAttempt {
    /**
     * {@code run()} returned; {@code instance} is the case object the workload ran on, {@code variants} what its
     * machine selected (the case's own, then {@code reclaimtck.variant}).
     */
    record Finished(KernelCase instance, RunResult result, Map<String, String> variants) implements RunAttempt {
    }

    /** The wall-clock watchdog fired during {@code phase}; {@code taskDump} is {@code describeTasks()} at that moment. */
    record TimedOut(String phase, Duration timeout, String taskDump, boolean unwound) implements RunAttempt {
    }

    /** The provider or the case threw out of {@code phase} ({@code boot()}, {@code workload()}, {@code run()}). */
    record Crashed(String phase, Throwable error) implements RunAttempt {
    }
}
