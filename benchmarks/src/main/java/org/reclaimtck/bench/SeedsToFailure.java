package org.reclaimtck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.SchedulePolicy;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.oracles.DeadlockOracle;
import org.reclaimtck.tck.oracles.KswapdStallOracle;
import org.reclaimtck.tck.suites.deadlock.S11KswapdShrinkerCase;
import org.reclaimtck.tck.suites.deadlock.S1DmBufioNofsCase;
import org.reclaimtck.tck.suites.deadlock.S2LoopWorkerReclaimCase;
import org.reclaimtck.tck.suites.deadlock.S3TransactionRecursionCase;

/**
 * Seeds-to-first-failure of the deadlock scenarios, per case and per scheduling strategy (issue 13, item 4).
 *
 * <p>For each historical bug (a buggy variant and the case and rule that must catch it) it boots the reference
 * with the case's own {@code machine()} and {@code workload()}, the variant selected and the schedule forced to
 * RANDOM, PCT and PORTFOLIO (the default: RANDOM on even seeds, PCT on odd), runs seeds 1..N and judges each run
 * as the deadlock suite does (DL-1: {@link DeadlockOracle} finds no contradiction and the workload completed;
 * FP-1: {@link KswapdStallOracle} finds no kswapd scan over 1 s). With {@code --fixed} it runs the same cases on
 * the default variants, where every seed must pass (the kit's no-false-alarm side).
 *
 * <pre>
 * mvn -B -ntp -pl benchmarks -am package -DskipTests -Dreclaimtck.jdk=current
 * java -cp benchmarks/target/benchmarks.jar org.reclaimtck.bench.SeedsToFailure [N] [--fixed]
 * </pre>
 *
 * A run is a function of (case, variant, schedule, seed), so the table is the same on every machine and JDK.
 */
public final class SeedsToFailure {
    /** FP-1's bound, as the deadlock suite's StorageRun: one second of virtual time in one scan_objects. */
    static final long KSWAPD_BOUND_NANOS = 1_000_000_000L;
    static final long RUN_TIMEOUT_SECONDS = 60;

    /** One row: a bug, the case that must catch it and the rule. */
    record Target(String variant, String caseId, String rule, Supplier<KernelCase> newCase) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("dm-bufio:gfp-io", "deadlock/s1-dm-bufio-nofs-writeback", "DL-1", S1DmBufioNofsCase::new),
            new Target("loop:no-noio", "deadlock/s2-loop-worker-reclaim", "DL-1", S2LoopWorkerReclaimCase::new),
            new Target("xfs:no-nofs-scope", "deadlock/s3-transaction-gfp-kernel", "DL-1", S3TransactionRecursionCase::new),
            new Target("dm-bufio:gfp-fs", "deadlock/s11-kswapd-blocked-in-shrinker", "FP-1", S11KswapdShrinkerCase::new));

    static final SchedulePolicy[] POLICIES = {SchedulePolicy.RANDOM, SchedulePolicy.PCT, SchedulePolicy.PORTFOLIO};

    private SeedsToFailure() {
    }

    public static void main(String[] args) throws Exception {
        int n = 200;
        boolean fixed = false;
        for (String a : args) {
            if (a.equals("--fixed")) {
                fixed = true;
            } else {
                n = Integer.parseInt(a);
            }
        }
        long t0 = System.nanoTime();
        KernelProvider provider = new ReferenceKernelProvider();
        int workers = Math.max(1, Integer.getInteger("stf.workers", Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        System.out.printf(Locale.ROOT, "seeds 1..%d, %s variants; failing seeds / N, first failing seed, mean seeds "
                + "to first failure (from every start seed, wrapping; - if none)%n", n, fixed ? "default" : "buggy");
        System.out.printf(Locale.ROOT, "| %-19s | %-40s | %-4s | %-9s | %-9s | %-10s | %-8s |%n",
                "variant", "case", "rule", "strategy", "failing", "first seed", "mean STF");
        System.out.println("| --- | --- | --- | --- | ---: | ---: | ---: |");
        int falseAlarms = 0;
        for (Target t : TARGETS) {
            for (SchedulePolicy p : POLICIES) {
                List<Future<Boolean>> fs = new ArrayList<>();
                for (long seed = 1; seed <= n; seed++) {
                    long s = seed;
                    String variant = fixed ? null : t.variant();
                    fs.add(pool.submit(() -> fails(provider, t, variant, p, s)));
                }
                boolean[] fail = new boolean[n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    fail[i] = fs.get(i).get();
                    k += fail[i] ? 1 : 0;
                }
                falseAlarms += fixed ? k : 0;
                int first = -1;
                for (int i = 0; i < n && first < 0; i++) {
                    if (fail[i]) {
                        first = i + 1;
                    }
                }
                System.out.printf(Locale.ROOT, "| %-19s | %-40s | %-4s | %-9s | %9s | %10s | %8s |%n",
                        fixed ? "(defaults)" : t.variant(), t.caseId(), t.rule(), p, k + "/" + n,
                        first < 0 ? "-" : String.valueOf(first), k == 0 ? "-" : String.format(Locale.ROOT, "%.1f", meanStf(fail)));
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf(Locale.ROOT, "%d runs in %.0f s%n", TARGETS.size() * POLICIES.length * n,
                (System.nanoTime() - t0) / 1e9);
        if (fixed && falseAlarms > 0) {
            System.out.println("FALSE ALARMS: " + falseAlarms + " seeds of the default variants failed");
            System.exit(1);
        }
        System.exit(0);
    }

    /** The mean, over every start seed, of the seeds run up to and including the first failing one (wrapping). */
    static double meanStf(boolean[] fail) {
        int n = fail.length;
        long sum = 0;
        for (int start = 0; start < n; start++) {
            int d = 1;
            while (!fail[(start + d - 1) % n]) {
                d++;
            }
            sum += d;
        }
        return (double) sum / n;
    }

    /** True if the target's rule fails on this (variant, schedule, seed). */
    static boolean fails(KernelProvider provider, Target t, String variant, SchedulePolicy policy, long seed) {
        RunResult r = run(provider, t.newCase().get(), variant, policy, seed);
        return judge(t.rule()).test(r);
    }

    static Predicate<RunResult> judge(String rule) {
        if (rule.equals("FP-1")) {
            return r -> KswapdStallOracle.find(r, KSWAPD_BOUND_NANOS).isPresent();
        }
        return r -> DeadlockOracle.judge(r).isPresent() || r.outcome().kind() != OutcomeKind.COMPLETED;
    }

    static RunResult run(KernelProvider provider, KernelCase c, String variant, SchedulePolicy policy, long seed) {
        MachineSpec.Builder b = MachineSpec.builder();
        c.machine(b);
        if (variant != null) {
            String[] pv = variant.split(":", 2);
            b.variant(pv[0], pv[1]);
        }
        Kernel k = provider.boot(b.schedule(policy).seed(seed).build());
        c.workload(k);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(RUN_TIMEOUT_SECONDS));
                k.abort("SeedsToFailure: run longer than " + RUN_TIMEOUT_SECONDS + " s");
            } catch (InterruptedException e) {
                // the run ended first
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            return k.run();
        } finally {
            watchdog.interrupt();
        }
    }
}
