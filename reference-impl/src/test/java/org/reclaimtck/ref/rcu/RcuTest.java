package org.reclaimtck.ref.rcu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Grace periods wait for the readers that were in a section when they started, and only for them; kvfree_rcu'd pages
 * come back after a grace period, drained by reclaim through the rcu-kfree shrinker, so a flood three times the
 * machine's size completes without an OOM kill; without the shrinker it kills.
 */
class RcuTest {
    private static RunResult run(long seed, String variant, Consumer<Kernel> workload) {
        MachineSpec.Builder b = MachineSpec.builder().seed(seed).memoryPages(1024);
        if (variant != null) {
            b.variant(RcuType.NAME, variant);
        }
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        workload.accept(k);
        return k.run();
    }

    private static <T extends TraceEvent> List<T> events(RunResult r, Class<T> type) {
        return r.trace().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    @Test
    void synchronizeRcuWaitsForTheReaderInsideItsSectionButNotForOneThatEntersLater() {
        List<String> order = new ArrayList<>();
        RunResult r = run(1, null, k -> {
            k.spawn("reader", () -> {
                k.rcu().readLock();
                k.runtime().msleep(5);
                order.add("reader unlocks at " + k.runtime().clock().jiffies());
                k.rcu().readUnlock();
            });
            k.spawn("updater", () -> {
                k.runtime().msleep(1);
                k.rcu().synchronizeRcu();
                order.add("synchronize_rcu returns at " + k.runtime().clock().jiffies());
            });
        });

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(order).containsExactly("reader unlocks at 5", "synchronize_rcu returns at 5");
        assertThat(events(r, TraceEvent.RcuGracePeriod.class)).extracting(TraceEvent::detail)
                .containsExactly("rcu_grace_period gp_seq=1 start blocked_by=reader", "rcu_grace_period gp_seq=1 end");
    }

    private static void flood(Kernel k, int[] done) {
        k.spawn("memhog", () -> {
            k.mm().faultInAnon(300);
            k.runtime().msleep(10_000);
        });
        k.spawn("freer", () -> {
            for (int i = 0; i < 3000; i++) {
                long pfn = k.pageAllocator().allocPages(Gfp.GFP_KERNEL, 0);
                if (pfn < 0) {
                    return;
                }
                k.rcu().kfreeRcu(pfn, 0);
                done[0]++;
            }
        });
    }

    @Test
    void aFloodOfKvfreeRcuCompletesWithoutAnOomKillBecauseReclaimDrainsTheBatch() {
        for (long seed = 1; seed <= 20; seed++) {
            int[] done = new int[1];
            RunResult r = run(seed, null, k -> flood(k, done));

            assertThat(done[0]).as("seed %d", seed).isEqualTo(3000);
            assertThat(events(r, TraceEvent.OomKill.class)).as("seed %d", seed).isEmpty();
            long freed = events(r, TraceEvent.KvfreeRcu.class).stream()
                    .filter(e -> e.stage() == TraceEvent.KvfreeRcu.Stage.FREE).mapToLong(TraceEvent.KvfreeRcu::pages)
                    .sum();
            assertThat(freed).as("seed %d: pages freed after grace periods", seed).isGreaterThan(2000);
            assertThat(events(r, TraceEvent.ShrinkerScanBegin.class)).as("seed %d", seed)
                    .anySatisfy(s -> assertThat(s.shrinker()).isEqualTo("rcu-kfree"));
        }
    }

    @Test
    void withoutTheShrinkerTheSameFloodOomKills() {
        int[] done = new int[1];
        RunResult r = run(1, RcuType.NO_KFREE_SHRINKER, k -> flood(k, done));

        assertThat(events(r, TraceEvent.OomKill.class)).isNotEmpty();
        assertThat(events(r, TraceEvent.ShrinkerScanBegin.class)).noneMatch(s -> s.shrinker().equals("rcu-kfree"));
    }
}
