package org.reclaimtck.ref.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.trace.TraceEvent;

/** What the reference traces for the dependency oracle: trylocks, completion classes, proactive reclaim. */
class DependencyTraceTest {
    private static Kernel boot() {
        return new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).build());
    }

    private static <T extends TraceEvent> List<T> events(RunResult r, Class<T> type, String task) {
        return r.trace().stream().filter(type::isInstance).map(type::cast).filter(e -> e.task().equals(task))
                .collect(Collectors.toList());
    }

    @Test
    void trylockIsMarkedAndALockIsNot() {
        Kernel k = boot();
        Mutex m = k.runtime().mutex("c->lock", "dm_bufio_client->lock");
        k.spawn("t", () -> {
            m.tryLock();
            m.unlock();
            m.lock();
            m.unlock();
        });
        RunResult r = k.run();
        assertThat(events(r, TraceEvent.LockAcquired.class, "t")).extracting(TraceEvent.LockAcquired::trylock)
                .containsExactly(true, false);
    }

    @Test
    void aCompletionCarriesItsClassToItsWaitAndItsCompletion() {
        Kernel k = boot();
        Completion done = k.runtime().completion("request #1 done", "blkdrv_request->done");
        k.spawn("waiter", done::waitForCompletion);
        k.spawn("driver", () -> {
            k.runtime().msleep(1);
            done.complete();
        });
        RunResult r = k.run();
        assertThat(events(r, TraceEvent.WaitBegin.class, "waiter")).singleElement()
                .satisfies(w -> assertThat(w.lockClass()).isEqualTo("blkdrv_request->done"));
        assertThat(events(r, TraceEvent.CompletionDone.class, "driver")).singleElement()
                .satisfies(c -> assertThat(c.lockClass()).isEqualTo("blkdrv_request->done"));
    }

    @Test
    void proactiveReclaimIsDirectReclaimWithTheScopedMaskAndNeverNests() {
        Kernel k = boot();
        long[] nested = new long[1];
        k.spawn("memory.reclaim", () -> {
            try (MemallocScope nofs = k.runtime().current().memallocNofsSave()) {
                k.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 64);
            }
            try (MemallocScope noreclaim = k.runtime().current().memallocNoreclaimSave()) {
                nested[0] = k.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 64);
            }
        });
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(events(r, TraceEvent.DirectReclaimBegin.class, "memory.reclaim"))
                .extracting(TraceEvent.DirectReclaimBegin::gfp).containsExactly(Gfp.GFP_NOFS);
        assertThat(events(r, TraceEvent.DirectReclaimEnd.class, "memory.reclaim")).hasSize(1);
        assertThat(nested[0]).isZero();
    }
}
