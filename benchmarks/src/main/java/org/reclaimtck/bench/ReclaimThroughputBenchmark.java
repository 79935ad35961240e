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
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.suites.forward.S6StreamingWriterCase;

/**
 * Reclaimed pages per second of the reference kernel on the S6 streaming writer ({@code forward-progress/
 * s6-streaming-writer}: {@code dd} writes three times memory through the page cache while kswapd and direct reclaim
 * free the written folios behind it) on a machine of {@code memory} ({@code 1g}: 256 Ki pages, {@code 16g}: 4 Mi pages).
 * One operation is one whole run of a freshly booted kernel ({@link Kernel#run()}); booting is in the per-invocation
 * set-up and not timed.
 *
 * <p>Read the secondary score {@code reclaimed}: pages reclaimed per second of measured time, the sum of
 * {@code nr_reclaimed} of every {@code mm_vmscan_lru_shrink_inactive} the run traced (kswapd and direct reclaim). The
 * forked JVM has a 512 MiB heap, the budget a 16 GiB machine must fit (issue 9), and the build's virtual-thread
 * settings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {
        "-Xmx512m",
        "-Djdk.virtualThreadScheduler.parallelism=1",
        "-Djdk.virtualThreadScheduler.maxPoolSize=256"})
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class ReclaimThroughputBenchmark {

    /** The machine's memory: {@code 1g} or {@code 16g} (any {@code <n>m} or {@code <n>g} of 4 KiB pages). */
    @Param({"1g", "16g"})
    public String memory;

    private final KernelProvider provider = new ReferenceKernelProvider();
    private long seed;
    private Kernel kernel;

    /** Boots a fresh kernel with the S6 streaming writer's stack and workload; not timed. */
    @Setup(Level.Invocation)
    public void boot() {
        kernel = bootS6(provider, pages(memory), ++seed);
    }

    /** One run: {@code dd} writes three times memory; reclaim frees what writeback cleaned. */
    @Benchmark
    public long run(Counters counters) {
        long reclaimed = reclaimed(kernel.run());
        counters.reclaimed += reclaimed;
        return reclaimed;
    }

    /** Pages reclaimed; OPERATIONS counters are reported per second of measured time. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        public long reclaimed;

        @Setup(Level.Iteration)
        public void reset() {
            reclaimed = 0;
        }
    }

    /** {@code 1g} → 262144 pages of 4 KiB; {@code 64m} → 16384. */
    static long pages(String memory) {
        String m = memory.trim().toLowerCase(java.util.Locale.ROOT);
        long n = Long.parseLong(m.substring(0, m.length() - 1));
        return switch (m.charAt(m.length() - 1)) {
            case 'g' -> n << 18;
            case 'm' -> n << 8;
            default -> throw new IllegalArgumentException("memory '" + memory + "': expected <n>m or <n>g");
        };
    }

    /** A kernel of {@code pages} with the S6 streaming writer spawned, budgets opened up for the bigger workload. */
    static Kernel bootS6(KernelProvider provider, long pages, long seed) {
        S6StreamingWriterCase s6 = new S6StreamingWriterCase();
        MachineSpec.Builder machine = MachineSpec.builder();
        s6.machine(machine, PartsUnderTest.defaults());
        Kernel kernel = provider.boot(machine.memoryPages(pages).seed(seed).stepBudget(Long.MAX_VALUE / 4)
                .timeBudgetSecs(Long.MAX_VALUE / 4_000_000_000L).hungTaskTimeoutSecs(Long.MAX_VALUE / 4_000_000_000L)
                .build());
        s6.workload(kernel);
        return kernel;
    }

    /** The pages the run reclaimed (its {@code mm_vmscan_lru_shrink_inactive} events), or an exception if it failed. */
    static long reclaimed(RunResult result) {
        RuntimeHandoffBenchmark.checked(result);
        long sum = 0;
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.LruShrinkInactive s) {
                sum += s.nrReclaimed();
            }
        }
        return sum;
    }
}
