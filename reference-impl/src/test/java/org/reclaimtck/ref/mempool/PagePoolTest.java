package org.reclaimtck.ref.mempool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.reclaimtck.spi.mm.Mempool;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * {@code mempool_alloc} and {@code mempool_free} on a 4 MiB machine with nothing reclaimable: the allocator first, the
 * reserve next, then a wait named after the pool and woken by the holders; refill on free; elements as held resources.
 */
class PagePoolTest {
    private static RunResult run(long seed, String variant, Consumer<Kernel> workload) {
        MachineSpec.Builder b = MachineSpec.builder().seed(seed).memoryPages(1024);
        if (variant != null) {
            b.variant(MempoolType.NAME, variant);
        }
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        workload.accept(k);
        return k.run();
    }

    private static <T extends TraceEvent> List<T> events(RunResult r, Class<T> type) {
        return r.trace().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** Pool created at boot (reserve 2); memhog empties the allocator; taker holds 3 elements' worth of requests. */
    private static void drainThenTake(Kernel k, List<Long> got) {
        Mempool pool = k.mempools().createPagePool("fs_bio_set", 2, 0);
        k.spawn("memhog", () -> {
            while (k.pageAllocator().allocPages(Gfp.GFP_NOWAIT, 0) >= 0) {
                // take everything the fast path gives
            }
            got.add(pool.alloc(Gfp.GFP_NOIO));
            got.add(pool.alloc(Gfp.GFP_NOIO));
            got.add(pool.alloc(Gfp.GFP_NOWAIT));
            k.spawn("freer", () -> {
                k.runtime().msleep(10);
                pool.free(got.get(0));
            });
            got.add(pool.alloc(Gfp.GFP_NOIO));
        });
    }

    @Test
    void theReserveServesWhenTheAllocatorCannotAndABlockingCallerWaitsForAFreedElement() {
        List<Long> got = new ArrayList<>();
        RunResult r = run(1, null, k -> drainThenTake(k, got));

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(got).hasSize(4);
        assertThat(got.get(0)).isNotNegative();
        assertThat(got.get(1)).isNotNegative();
        assertThat(got.get(2)).as("GFP_NOWAIT with the reserve empty gets NULL").isEqualTo(-1L);
        assertThat(got.get(3)).as("the element freer gave back").isEqualTo(got.get(0));
        List<TraceEvent.MempoolAlloc> allocs = events(r, TraceEvent.MempoolAlloc.class);
        assertThat(allocs).extracting(TraceEvent.MempoolAlloc::reserved).containsExactly(true, true, false, true);
        TraceEvent.WaitBegin wait = events(r, TraceEvent.WaitBegin.class).stream()
                .filter(w -> w.kind() == WaitKind.MEMPOOL).findFirst().orElseThrow();
        assertThat(wait.task()).isEqualTo("memhog");
        assertThat(wait.lockClass()).isEqualTo("fs_bio_set");
        assertThat(events(r, TraceEvent.LockReleased.class)).filteredOn(l -> l.kind() == LockKind.MEMPOOL_ELEMENT)
                .first().satisfies(l -> assertThat(l.task()).as("freed by freer, released for its holder")
                        .isEqualTo("memhog"));
    }

    @Test
    void theFailsVariantReturnsNullToABlockingCaller() {
        List<Long> got = new ArrayList<>();
        RunResult r = run(1, MempoolType.FAILS, k -> drainThenTake(k, got));

        assertThat(got.get(3)).isEqualTo(-1L);
        assertThat(events(r, TraceEvent.MempoolAlloc.class).get(3).render()).contains("mempool_alloc_fail")
                .contains("gfp=GFP_NOIO");
    }

    @Test
    void freeingABadElementAndZeroedRequestsAreRefused() {
        List<Throwable> thrown = new ArrayList<>();
        run(1, null, k -> {
            Mempool pool = k.mempools().createPagePool("bvec", 1, 0);
            k.spawn("t", () -> {
                long e = pool.alloc(Gfp.GFP_NOIO);
                pool.free(e);
                for (Runnable bad : List.<Runnable>of(() -> pool.free(e), () -> pool.alloc(Gfp.GFP_NOIO.or(Gfp.__GFP_ZERO)))) {
                    try {
                        bad.run();
                    } catch (RuntimeException ex) {
                        thrown.add(ex);
                    }
                }
            });
        });
        assertThat(thrown).extracting(Throwable::getMessage).containsExactly(
                "mempool_free(" + thrown.get(0).getMessage().replaceAll("\\D*(\\d+).*", "$1")
                        + ", bvec): not an element this pool handed out (never allocated from it, or freed already)",
                "mempool_alloc(bvec, GFP_NOIO|__GFP_ZERO): __GFP_ZERO is not allowed on a mempool (K-MEMPOOL-3: a"
                        + " reserved element is not zeroed)");
        assertThatThrownBy(() -> run(1, null, k -> {
            k.mempools().createPagePool("bvec", 1, 0);
            k.mempools().createPagePool("bvec", 1, 0);
        })).hasMessage("mempool_create_page_pool: a pool named bvec exists already");
    }
}
