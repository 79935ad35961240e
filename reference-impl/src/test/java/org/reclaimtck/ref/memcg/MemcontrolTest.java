package org.reclaimtck.ref.memcg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The memory controller on a 16 MiB machine (global memory ample): hierarchical {@code memory.max}, the charge path's
 * outcomes by gfp mask (K-ALLOC-16), the memcg OOM confined to the memcg (K-OOM-2, K-OOM-3), memcg reclaim of the
 * memcg's own lruvec and memcg-aware shrinkers only (K-SHRINK-3), and uncharge at free.
 */
class MemcontrolTest {
    private static final long PAGES = 4096;

    private static Kernel boot(long seed) {
        return new ReferenceKernelProvider().boot(MachineSpec.builder().seed(seed).memoryPages(PAGES)
                .hungTaskTimeoutSecs(5).stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100)
                        .mkfs("A", "vda", 16, 512).build()).build());
    }

    private static <T extends TraceEvent> List<T> events(RunResult r, Class<T> type) {
        return r.trace().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    @Test
    void aHogOverMemoryMaxIsKilledInsideItsMemcgAndItsChargesReturn() {
        for (long seed = 1; seed <= 10; seed++) {
            Kernel k = boot(seed);
            k.memcg().create("/box", 100);
            Completion dbUp = k.runtime().completion("db up");
            k.spawn("db", () -> {
                k.mm().faultInAnon(1000);
                dbUp.completeAll();
                k.runtime().msleep(200);
            });
            k.spawn("hog", () -> {
                dbUp.waitForCompletion();
                k.memcg().attach("/box");
                k.mm().faultInAnon(300);
            });
            RunResult r = k.run();

            assertThat(r.outcome().kind()).as("seed %d: %s", seed, r.outcome().describe())
                    .isEqualTo(OutcomeKind.COMPLETED);
            List<TraceEvent.OomKill> kills = events(r, TraceEvent.OomKill.class);
            assertThat(kills).as("seed %d", seed).hasSize(1);
            TraceEvent.OomKill kill = kills.get(0);
            assertThat(kill.victim()).isEqualTo("hog");
            assertThat(kill.constraint()).isEqualTo("CONSTRAINT_MEMCG");
            assertThat(kill.oomMemcg()).isEqualTo("/box");
            assertThat(kill.rssPages()).isEqualTo(100);
            assertThat(kill.reason()).startsWith("Memory cgroup out of memory: Killed process");
            int oom = r.trace().indexOf(events(r, TraceEvent.MemcgOom.class).get(0));
            assertThat(r.trace().subList(0, oom).stream().filter(e -> e instanceof TraceEvent.MemcgReclaimBegin))
                    .as("memcg reclaim and its 16 retries come first").hasSize(TryCharge.MAX_RECLAIM_RETRIES + 1);
            assertThat(k.memcg().usage("/box")).isZero();
            assertThat(k.pageAllocator().nrFreePages()).isEqualTo(PAGES);
        }
    }

    /** A memcg of 50 pages held full by an unkillable task; a second task charges 1 page with each mask. */
    private static Map<String, String> chargeAtTheLimit(List<Gfp> masks) {
        Kernel k = boot(1);
        k.memcg().create("/box", 50);
        Completion full = k.runtime().completion("full");
        Map<String, String> results = new TreeMap<>();
        k.spawn("holder", () -> {
            k.memcg().attach("/box");
            k.mm().setOomScoreAdj(-1000);
            k.mm().faultInAnon(50);
            full.completeAll();
            k.runtime().msleep(100);
        });
        PageAllocator pa = k.pageAllocator();
        k.spawn("charger", () -> {
            k.memcg().attach("/box");
            full.waitForCompletion();
            k.mm().setOomScoreAdj(-1000);
            List<Long> got = new ArrayList<>();
            for (Gfp gfp : masks) {
                long p = pa.allocPages(gfp, 0);
                results.put(gfp.toString(), (p < 0 ? "fail" : "ok") + " usage=" + k.memcg().usage("/box"));
                got.add(p);
            }
            for (long p : got) {
                if (p > 0) {
                    pa.freePages(p, 0);
                }
            }
        });
        RunResult r = k.run();
        assertThat(r.outcome().kind()).as(r.outcome().describe()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(k.memcg().usage("/box")).as("every charge returned at free").isZero();
        results.put("reclaims", String.valueOf(events(r, TraceEvent.MemcgReclaimBegin.class).size()));
        results.put("ooms", String.valueOf(events(r, TraceEvent.MemcgOom.class).size()));
        results.put("ends", events(r, TraceEvent.MemcgChargeEnd.class).stream().map(TraceEvent.MemcgChargeEnd::result)
                .collect(Collectors.joining(",")));
        return results;
    }

    @Test
    void theChargePathFollowsTheGfpMask() {
        Gfp nowait = Gfp.GFP_NOWAIT.or(Gfp.__GFP_ACCOUNT);
        assertThat(chargeAtTheLimit(List.of(nowait))).containsEntry(nowait.toString(), "fail usage=50")
                .containsEntry("reclaims", "0").containsEntry("ends", "-ENOMEM");
        Gfp noretry = Gfp.GFP_KERNEL_ACCOUNT.or(Gfp.__GFP_NORETRY);
        assertThat(chargeAtTheLimit(List.of(noretry))).containsEntry(noretry.toString(), "fail usage=50")
                .containsEntry("reclaims", "1").containsEntry("ooms", "0");
        Gfp mayfail = Gfp.GFP_KERNEL_ACCOUNT.or(Gfp.__GFP_RETRY_MAYFAIL);
        assertThat(chargeAtTheLimit(List.of(mayfail))).containsEntry(mayfail.toString(), "fail usage=50")
                .containsEntry("reclaims", String.valueOf(TryCharge.MAX_RECLAIM_RETRIES + 1))
                .containsEntry("ooms", "0");
        assertThat(chargeAtTheLimit(List.of(Gfp.GFP_KERNEL_ACCOUNT)))
                .as("nothing killable: the memcg OOM fails and the charge is -ENOMEM")
                .containsEntry(Gfp.GFP_KERNEL_ACCOUNT.toString(), "fail usage=50").containsEntry("ooms", "1")
                .containsEntry("ends", "-ENOMEM");
        Gfp nofail = Gfp.GFP_KERNEL_ACCOUNT.or(Gfp.__GFP_NOFAIL);
        assertThat(chargeAtTheLimit(List.of(nofail))).containsEntry(nofail.toString(), "ok usage=51")
                .containsEntry("ends", "force");
        Gfp atomic = Gfp.GFP_ATOMIC.or(Gfp.__GFP_ACCOUNT);
        assertThat(chargeAtTheLimit(List.of(atomic))).as("__GFP_HIGH over-charges without reclaim")
                .containsEntry(atomic.toString(), "ok usage=51").containsEntry("reclaims", "0")
                .containsEntry("ends", "force");
        assertThat(chargeAtTheLimit(List.of(Gfp.GFP_KERNEL))).as("without __GFP_ACCOUNT kmem is not charged")
                .containsEntry(Gfp.GFP_KERNEL.toString(), "ok usage=50").containsEntry("ends", "");
    }

    @Test
    void aChildIsLimitedByItsParentsMemoryMax() {
        Kernel k = boot(1);
        k.memcg().create("/svc", 60);
        k.memcg().create("/svc/a", 1000);
        k.spawn("a", () -> {
            k.memcg().attach("/svc/a");
            k.mm().faultInAnon(200);
        });
        RunResult r = k.run();

        TraceEvent.OomKill kill = events(r, TraceEvent.OomKill.class).get(0);
        assertThat(kill.oomMemcg()).as("the ancestor over its limit is the OOM memcg").isEqualTo("/svc");
        assertThat(kill.rssPages()).isEqualTo(60);
        assertThat(events(r, TraceEvent.MemcgReclaimBegin.class)).allSatisfy(b -> assertThat(b.memcg())
                .isEqualTo("/svc"));
    }

    /** A shrinker that records the memcg of each call. */
    private static final class Recording implements Shrinker {
        final String name;
        final boolean aware;
        final List<String> calls = new ArrayList<>();

        Recording(String name, boolean aware) {
            this.name = name;
            this.aware = aware;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean memcgAware() {
            return aware;
        }

        @Override
        public long countObjects(ShrinkControl sc) {
            calls.add(sc.memcg() == null ? "/" : sc.memcg());
            return SHRINK_EMPTY;
        }

        @Override
        public long scanObjects(ShrinkControl sc) {
            return SHRINK_STOP;
        }
    }

    @Test
    void memcgReclaimFreesTheMemcgsOwnPageCacheAndCallsOnlyMemcgAwareShrinkers() {
        Kernel k = boot(1);
        k.memcg().create("/box", 100);
        Recording aware = new Recording("aware", true);
        Recording plain = new Recording("plain", false);
        k.shrinkers().registerShrinker(aware);
        k.shrinkers().registerShrinker(plain);
        Vfs vfs = k.storage().vfs();
        Completion rootCached = k.runtime().completion("root cached");
        k.spawn("root-dd", () -> {
            var f = vfs.open("A", "/root.dat");
            f.writeBuffered(0, 80);
            f.fsync();
            rootCached.completeAll();
        });
        k.spawn("box-dd", () -> {
            k.memcg().attach("/box");
            rootCached.waitForCompletion();
            var f = vfs.open("A", "/box.dat");
            for (int i = 0; i < 4; i++) {
                f.writeBuffered(i * 60L, 60);
                f.fsync();
            }
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).as(r.outcome().describe()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(events(r, TraceEvent.OomKill.class)).as("clean page cache is reclaimed, nobody is killed")
                .isEmpty();
        assertThat(events(r, TraceEvent.MemcgReclaimEnd.class).stream().mapToLong(TraceEvent.MemcgReclaimEnd::nrReclaimed)
                .sum()).isGreaterThanOrEqualTo(140);
        assertThat(k.memcg().usage("/box")).isLessThanOrEqualTo(100);
        assertThat(((Memcontrol) k.memcg()).statFile("/box")).isEqualTo(k.memcg().usage("/box"));
        assertThat(((Memcontrol) k.memcg()).statFile("/")).as("the root's page cache is not the memcg's to reclaim")
                .isEqualTo(80);
        assertThat(plain.calls).as("not memcg-aware: never called for /box").doesNotContain("/box");
        assertThat(aware.calls).contains("/box");
    }
}
