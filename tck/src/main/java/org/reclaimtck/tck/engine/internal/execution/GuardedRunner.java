package org.reclaimtck.tck.engine.internal.execution;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.engine.internal.config.Durations;
import org.reclaimtck.tck.engine.internal.config.MemorySize;
import org.reclaimtck.tck.engine.internal.config.VariantSelection;

/**
 * Runs one (case, seed) under the wall-clock watchdog: the machine is the case's {@code machine(builder, parts)}
 * (the parts of {@code reclaimtck.parts}), then the variants
 * of {@code reclaimtck.variant}, then the seed; boot, workload and {@code run()} happen on a daemon
 * thread; if they take longer than {@code reclaimtck.timeout}, the watchdog takes {@code describeTasks()},
 * calls {@code abort(reason)} and returns, so a hanging provider fails its case instead of the build.
 * The watchdog is the only wall-clock influence: it never changes a run that finishes in time.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class GuardedRunner {
    private static final Duration DUMP_LIMIT = Duration.ofSeconds(2);
    private static final Duration MAX_GRACE = Duration.ofSeconds(2);

    private final KernelProvider provider;
    private final Duration timeout;
    private final VariantSelection variants;
    private final PartsUnderTest parts;
    private final MemorySize memory;

    public GuardedRunner(KernelProvider provider, Duration timeout, VariantSelection variants) {
        this(provider, timeout, variants, PartsUnderTest.defaults());
    }

    public GuardedRunner(KernelProvider provider, Duration timeout, VariantSelection variants, PartsUnderTest parts) {
        this(provider, timeout, variants, parts, MemorySize.CASES);
    }

    public GuardedRunner(KernelProvider provider, Duration timeout, VariantSelection variants, PartsUnderTest parts,
                         MemorySize memory) {
        this.memory = memory;
        this.provider = provider;
        this.timeout = timeout;
        this.variants = variants;
        this.parts = parts;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The phase of a run in which the provider boots the case's machine. */
    public static final String BOOT = "boot()";

    /** The kind of thread each (case, seed) runs on: a platform thread per run (see {@link #run}). */
    public static final String THREAD_KIND = "platform";

    public RunAttempt run(CaseDefinition def, long seed) {
        KernelCase instance;
        try {
            instance = def.newInstance();
        } catch (InvocationTargetException e) {
            return new RunAttempt.Crashed("new " + def.type().getSimpleName() + "()", e.getCause());
        } catch (ReflectiveOperationException e) {
            return new RunAttempt.Crashed("new " + def.type().getSimpleName() + "()", e);
        }
        AtomicReference<String> phase = new AtomicReference<>(BOOT);
        AtomicReference<Kernel> kernel = new AtomicReference<>();
        AtomicReference<MachineSpec> spec = new AtomicReference<>();
        CompletableFuture<RunResult> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                MachineSpec.Builder machine = MachineSpec.builder();
                instance.machine(machine, parts);
                spec.set(memory.applyTo(variants.applyTo(machine).seed(seed).build()));
                Kernel k = provider.boot(spec.get());
                kernel.set(k);
                phase.set("workload()");
                instance.workload(k);
                phase.set("run()");
                done.complete(k.run());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "reclaimtck-run " + def.qualifiedId() + " seed " + seed);
        t.setDaemon(true);
        t.start();
        try {
            RunResult result = done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (result == null) {
                return new RunAttempt.Crashed(phase.get(), new NullPointerException("run() returned null"));
            }
            return new RunAttempt.Finished(instance, result, spec.get().variants());
        } catch (ExecutionException e) {
            return new RunAttempt.Crashed(phase.get(), e.getCause());
        } catch (TimeoutException e) {
            return stop(def, seed, phase.get(), kernel.get(), done);
        } catch (InterruptedException e) {
            Kernel k = kernel.get();
            if (k != null) {
                k.abort("reclaim-tck: the test run was interrupted");
            }
            Thread.currentThread().interrupt();
            return new RunAttempt.Crashed(phase.get(), e);
        }
    }

    private RunAttempt stop(CaseDefinition def, long seed, String phase, Kernel k, CompletableFuture<RunResult> done) {
        if (k == null) {
            return new RunAttempt.TimedOut(phase, timeout, "(no kernel: boot() has not returned)", false);
        }
        String dump = bounded(k::describeTasks, "describeTasks()");
        String reason = "reclaim-tck watchdog: " + def.qualifiedId() + " seed " + seed + " ran longer than "
                + Durations.format(timeout) + " of wall-clock time";
        bounded(() -> {
            k.abort(reason);
            return "";
        }, "abort()");
        boolean unwound;
        try {
            done.get(Math.min(timeout.toNanos(), MAX_GRACE.toNanos()), TimeUnit.NANOSECONDS);
            unwound = true;
        } catch (ExecutionException e) {
            unwound = true;
        } catch (TimeoutException e) {
            unwound = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unwound = false;
        }
        return new RunAttempt.TimedOut(phase, timeout, dump, unwound);
    }

    /** Calls a provider method that may itself hang, on a daemon thread, for at most {@link #DUMP_LIMIT}. */
    private static String bounded(Supplier<String> call, String what) {
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(call.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "reclaimtck-watchdog " + what);
        t.setDaemon(true);
        t.start();
        try {
            return f.get(DUMP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return "(" + what + " threw " + e.getCause() + ")";
        } catch (TimeoutException e) {
            return "(" + what + " did not return within " + Durations.format(DUMP_LIMIT) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted while calling " + what + ")";
        }
    }
}
