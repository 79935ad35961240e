package org.reclaimtck.bench;

import java.util.concurrent.TimeUnit;
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
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.oracles.dependency.DependencyReport;
import org.reclaimtck.tck.workloads.StorageScenarios;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * The dependency oracle's cost: S1's workload on ample memory with the reclaim probe (the
 * {@code deadlock/s1-dependency-graph} case, about 3,300 trace events), one {@link Kernel#run()} per operation,
 * without ({@code run}) and with ({@code runAndAnalyze}) the oracle over its trace; {@code analyze} is the oracle
 * alone over one recorded trace. Booting and spawning happen in the per-invocation set-up and are not timed.
 * {@code bufio} is the dm-bufio variant: {@code async} (fixed, no report) or {@code gfp-io} (S1's bug, one cycle
 * reported and rendered).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {
        "-Djdk.virtualThreadScheduler.parallelism=1",
        "-Djdk.virtualThreadScheduler.maxPoolSize=256"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DependencyOracleBenchmark {
    /** The dm-bufio variant of the run. */
    @Param({"async", "gfp-io"})
    public String bufio;

    private final KernelProvider provider = new ReferenceKernelProvider();
    private Kernel kernel;
    private RunResult recorded;

    /** One run recorded for {@code analyze}; not timed. */
    @Setup(Level.Trial)
    public void record() {
        recorded = s1(provider, 1, bufio).run();
    }

    /** Boots a fresh kernel and spawns S1's tasks and the probe; not timed. */
    @Setup(Level.Invocation)
    public void boot() {
        kernel = s1(provider, 1, bufio);
    }

    /** The run alone. */
    @Benchmark
    public RunResult run() {
        return completed(kernel.run());
    }

    /** The run, then the dependency oracle over its trace and its reports rendered. */
    @Benchmark
    public String runAndAnalyze() {
        DependencyReport report = DependencyOracle.analyze(completed(kernel.run()));
        return report.render();
    }

    /** The dependency oracle alone over the recorded trace, reports rendered. */
    @Benchmark
    public String analyze() {
        return DependencyOracle.analyze(recorded).render();
    }

    /** A kernel booted on the loop stack with ample memory and {@code dm-bufio=bufio}, S1's tasks and the probe spawned. */
    static Kernel s1(KernelProvider provider, long seed, String bufio) {
        MachineSpec.Builder b = MachineSpec.builder().seed(seed).variant("dm-bufio", bufio);
        StorageStacks.machine(b, false, 100);
        Kernel k = provider.boot(b.build());
        StorageScenarios.s1(k, false, true);
        return k;
    }

    static RunResult completed(RunResult result) {
        if (result.outcome().kind() != OutcomeKind.COMPLETED) {
            throw new IllegalStateException("benchmark run did not complete: " + result.outcome().describe());
        }
        return result;
    }
}
