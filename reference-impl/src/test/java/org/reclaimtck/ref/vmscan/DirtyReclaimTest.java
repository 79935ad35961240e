package org.reclaimtck.ref.vmscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Reclaim over dirty page cache (v6.17+): dirty file folios are tagged and activated, never written by reclaim; the
 * flushers are woken; the end of writeback rotates them so the next reclaim frees them (K-VMSCAN-5, -7, -8).
 */
class DirtyReclaimTest {
    private static RunResult dirtyThenReclaimTwice(String variant) {
        MachineSpec.Builder b = MachineSpec.builder().seed(1).stack(StackSpec.builder()
                .disk("vda", 1 << 20, 32, 100).mkfs("A", "vda", 16, 64).build());
        if (variant != null) {
            b.variant(VmscanType.NAME, variant);
        }
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        Vfs vfs = k.storage().vfs();
        Completion dirtied = k.runtime().completion("dirtied");
        k.spawn("dd", () -> {
            vfs.open("A", "/f").writeBuffered(0, 64);
            dirtied.completeAll();
        });
        k.spawn("reclaim", () -> {
            dirtied.waitForCompletion();
            k.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 64);
            k.runtime().msleep(10);
            k.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 64);
        });
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        return r;
    }

    private static List<TraceEvent.LruShrinkInactive> passes(RunResult r) {
        return r.trace().stream().filter(e -> e instanceof TraceEvent.LruShrinkInactive)
                .map(e -> (TraceEvent.LruShrinkInactive) e).toList();
    }

    @Test
    void dirtyFoliosAreTaggedActivatedLeftToTheFlushersAndFreedAfterTheirWriteback() {
        RunResult r = dirtyThenReclaimTwice(null);

        List<TraceEvent.LruShrinkInactive> passes = passes(r);
        TraceEvent.LruShrinkInactive first = passes.get(0);
        assertThat(first.nrDirty()).isEqualTo(first.nrScanned());
        assertThat(first.nrUnqueuedDirty()).isEqualTo(first.nrScanned());
        assertThat(first.nrActivateFile()).isEqualTo((int) first.nrScanned());
        assertThat(first.nrReclaimed()).isZero();
        assertThat(r.trace()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TraceEvent.WritebackQueue.class,
                q -> assertThat(q.reason()).isEqualTo("vmscan")));
        assertThat(r.trace()).noneMatch(e -> e instanceof TraceEvent.WritebackStart && e.task().equals("reclaim"));
        assertThat(r.trace()).filteredOn(e -> e instanceof TraceEvent.WritebackStart).hasSize(64)
                .allSatisfy(e -> assertThat(e.task()).startsWith("kworker/writeback"));
        long freedLater = passes.stream().skip(1).mapToLong(TraceEvent.LruShrinkInactive::nrReclaimed).sum();
        assertThat(freedLater).isPositive();
    }

    @Test
    void withoutRotationTheWrittenFoliosStayActiveUntilDeactivated() {
        RunResult rotated = dirtyThenReclaimTwice(null);
        RunResult stayed = dirtyThenReclaimTwice(VmscanType.NO_RECLAIM_ROTATION);

        assertThat(stayed.trace()).anyMatch(e -> e instanceof TraceEvent.LruShrinkActive a && a.nrDeactivated() > 0);
        long rotatedDeactivations = rotated.trace().stream().filter(e -> e instanceof TraceEvent.LruShrinkActive)
                .mapToLong(e -> ((TraceEvent.LruShrinkActive) e).nrDeactivated()).sum();
        long stayedDeactivations = stayed.trace().stream().filter(e -> e instanceof TraceEvent.LruShrinkActive)
                .mapToLong(e -> ((TraceEvent.LruShrinkActive) e).nrDeactivated()).sum();
        assertThat(stayedDeactivations).isGreaterThan(rotatedDeactivations);
    }

    @Test
    void withoutFlusherWakeupNothingIsWritten() {
        RunResult r = dirtyThenReclaimTwice(VmscanType.NO_FLUSHER_WAKEUP);

        assertThat(r.trace()).noneMatch(e -> e instanceof TraceEvent.WritebackStart);
        assertThat(passes(r)).allSatisfy(p -> assertThat(p.nrReclaimed()).isZero());
    }
}
