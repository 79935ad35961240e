package org.reclaimtck.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.RunStatistics;
import org.reclaimtck.spi.kernel.SchedulePolicy;
import org.reclaimtck.spi.runtime.KernelRuntime;

/**
 * Scheduling points per second of the reference runtime: {@code tasks} tasks each call
 * {@link KernelRuntime#condResched()} {@code K = pointsPerRun / tasks} times; the seeded scheduler
 * picks who runs next at every point. One benchmark invocation is one whole run of a freshly
 * booted kernel ({@link Kernel#run()}); booting and spawning happen in the per-invocation set-up
 * and are not timed.
 *
 * <p>The primary score is runs per second. The secondary scores, from {@link Counters}, are what
 * to read: {@code points} (scheduling points per second, from {@link RunStatistics#schedulingPoints()})
 * and {@code handoffs} (context switches per second, {@link RunStatistics#contextSwitches()}:
 * points where the scheduler chose a different task, which cost a thread handoff). The limits
 * these are judged against are in {@code performance.md} and {@code benchmarks/README.md}.
 *
 * <p>The forked JVM gets the same virtual-thread scheduler settings as the test JVMs of the build
 * (one carrier thread), so the numbers are those the TCK runs at.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {
        "-Djdk.virtualThreadScheduler.parallelism=1",
        "-Djdk.virtualThreadScheduler.maxPoolSize=256"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RuntimeHandoffBenchmark {

    /** Tasks that take turns. */
    @Param({"2", "8", "64"})
    public int tasks;

    /** How the scheduler picks the next task. */
    @Param({"ROUND_ROBIN", "RANDOM"})
    public SchedulePolicy policy;

    /** {@code condResched()} calls per run, shared evenly by the tasks ({@code K = pointsPerRun / tasks}). */
    @Param({"16384"})
    public int pointsPerRun;

    private final KernelProvider provider = new ReferenceKernelProvider();
    private long seed;
    private Kernel kernel;

    /** Boots a fresh kernel and spawns the tasks; not timed. */
    @Setup(Level.Invocation)
    public void boot() {
        kernel = bootAndSpawn(provider, ++seed, policy, tasks,
                pointsPerRun / tasks);
    }

    /** One run of the kernel: every task loops K times over {@code cond_resched()}. */
    @Benchmark
    public RunStatistics run(Counters counters) {
        RunResult result = kernel.run();
        RunStatistics stats = checked(result);
        counters.points += stats.schedulingPoints();
        counters.handoffs += stats.contextSwitches();
        return stats;
    }

    /** Scheduling points and handoffs; OPERATIONS counters are reported per second of measured time. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        public long points;
        public long handoffs;

        @Setup(Level.Iteration)
        public void reset() {
            points = 0;
            handoffs = 0;
        }
    }

    /** Boots a kernel for the given seed and policy and spawns {@code tasks} tasks looping {@code k} times. */
    static Kernel bootAndSpawn(KernelProvider provider, long seed, SchedulePolicy policy,
                               int tasks, int k) {
        Kernel kernel = provider.boot(MachineSpec.builder()
                .seed(seed)
                .schedule(policy)
                .stepBudget(Long.MAX_VALUE / 4)
                .build());
        KernelRuntime rt = kernel.runtime();
        for (int t = 0; t < tasks; t++) {
            kernel.spawn("bench/" + t, () -> {
                for (int i = 0; i < k; i++) {
                    rt.condResched();
                }
            });
        }
        return kernel;
    }

    /** The run's statistics, or an exception if the run did not complete (so no number is reported). */
    static RunStatistics checked(RunResult result) {
        if (result.outcome().kind() != OutcomeKind.COMPLETED) {
            throw new IllegalStateException("benchmark run did not complete: " + result.outcome().describe());
        }
        return result.statistics();
    }
}
