package org.reclaimtck.ref.oom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The OOM killer, the reaper and killable waits on a 4 MiB machine with no page cache (nothing reclaimable); the
 * reaper's reason to exist (a victim in an uninterruptible wait) is the TCK's
 * {@code forward-progress/oom-victim-in-uninterruptible-wait}.
 */
class OomKillerTest {
    private static final long PAGES = 1024;

    private static RunResult run(long seed, String oomVariant, Consumer<Kernel> workload) {
        MachineSpec.Builder b = MachineSpec.builder().seed(seed).memoryPages(PAGES).hungTaskTimeoutSecs(2);
        if (oomVariant != null) {
            b.variant(OomType.NAME, oomVariant);
        }
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        workload.accept(k);
        return k.run();
    }

    private static <T extends TraceEvent> List<T> events(RunResult r, Class<T> type) {
        return r.trace().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** memhog faults in more than the machine has; a second task then needs memory with GFP_KERNEL. */
    private static void hogAndAllocator(Kernel k, Gfp gfp) {
        k.spawn("memhog", () -> {
            k.mm().faultInAnon(PAGES * 2);
        });
        k.spawn("worker", () -> {
            k.runtime().msleep(50);
            long p = k.pageAllocator().allocPages(gfp, 0);
            if (p > 0) {
                k.pageAllocator().freePages(p, 0);
            }
        });
    }

    @Test
    void theHogIsKilledItsMemoryReturnsAndTheRunCompletes() {
        for (long seed = 1; seed <= 20; seed++) {
            RunResult r = run(seed, null, k -> hogAndAllocator(k, Gfp.GFP_KERNEL));

            assertThat(r.outcome().kind()).as("seed %d: %s", seed, r.outcome().describe())
                    .isEqualTo(OutcomeKind.COMPLETED);
            List<TraceEvent.OomKill> kills = events(r, TraceEvent.OomKill.class);
            assertThat(kills).as("seed %d", seed).hasSize(1);
            TraceEvent.OomKill kill = kills.get(0);
            assertThat(kill.victim()).isEqualTo("memhog");
            assertThat(kill.order()).isZero();
            assertThat(kill.rssPages()).isPositive();
            assertThat(kill.points()).isGreaterThan(kill.rssPages());
            assertThat(kill.reason()).matches("Out of memory: Killed process \\d+ \\(memhog\\) anon-rss:.*");
            assertThat(events(r, TraceEvent.SignalSent.class)).extracting(TraceEvent.SignalSent::target)
                    .containsExactly("memhog");
            long returned = events(r, TraceEvent.OomReaped.class).stream().mapToLong(TraceEvent.OomReaped::pages).sum()
                    + events(r, TraceEvent.ExitMmap.class).stream().filter(e -> e.task().equals("memhog"))
                    .mapToLong(TraceEvent.ExitMmap::pages).sum();
            assertThat(returned).as("the victim's RSS came back, with what it took from the reserves")
                    .isBetween(kill.rssPages(), kill.rssPages() + 1);
        }
    }

    /** memhog holds all but 80 pages for 200 ms; xfs_io asks 40 pages with GFP_NOFS meanwhile. */
    private static void hogAndNofsAllocator(Kernel k) {
        k.spawn("memhog", () -> {
            k.mm().faultInAnon(PAGES - 80);
            k.runtime().msleep(200);
        });
        k.spawn("xfs_io", () -> {
            k.runtime().msleep(20);
            for (int i = 0; i < 40; i++) {
                k.pageAllocator().allocPages(Gfp.GFP_NOFS, 0);
            }
        });
    }

    @Test
    void aGlobalNofsOomKillsNothingButTheKillForNofsVariantKills() {
        RunResult fixed = run(3, null, OomKillerTest::hogAndNofsAllocator);
        assertThat(fixed.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(events(fixed, TraceEvent.OomKill.class)).isEmpty();

        RunResult buggy = run(3, OomType.KILL_FOR_NOFS, OomKillerTest::hogAndNofsAllocator);
        assertThat(buggy.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(events(buggy, TraceEvent.OomKill.class)).extracting(TraceEvent.OomKill::task)
                .containsExactly("xfs_io");
    }

    @Test
    void sigkillWakesAKillableMutexWaiterButNotAnUninterruptibleOne() {
        RunResult r = run(1, null, k -> {
            Mutex m = k.runtime().mutex("m", "m");
            k.spawn("holder", () -> {
                m.lock();
                k.runtime().msleep(500);
                m.unlock();
            });
            k.spawn("memhog", () -> {
                k.runtime().msleep(1);
                k.mm().faultInAnon(PAGES / 2);
                if (!m.lockKillable()) {
                    k.runtime().current();
                    return;
                }
                m.unlock();
            });
            k.spawn("worker", () -> {
                k.runtime().msleep(10);
                k.mm().faultInAnon(PAGES);
            });
        });

        assertThat(r.outcome().kind()).as(r.outcome().describe()).isEqualTo(OutcomeKind.COMPLETED);
        TraceEvent.OomKill kill = events(r, TraceEvent.OomKill.class).get(0);
        assertThat(kill.victim()).isEqualTo("memhog");
        long killedAt = kill.time();
        TraceEvent.TaskExited exit = events(r, TraceEvent.TaskExited.class).stream()
                .filter(e -> e.task().equals("memhog")).findFirst().orElseThrow();
        assertThat(exit.time() - killedAt).as("woken by SIGKILL, not by the holder's unlock 0.5 s later")
                .isLessThan(100_000_000L);
    }

    @Test
    void nothingKillableIsAPanic() {
        RunResult r = run(1, null, k -> {
            k.spawn("init-like", () -> {
                k.mm().setOomScoreAdj(-1000);
                k.mm().faultInAnon(PAGES * 2);
            });
        });
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.OUT_OF_MEMORY);
        assertThat(r.outcome().describe()).contains("Out of memory and no killable processes");
    }
}
