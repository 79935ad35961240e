package org.reclaimtck.ref.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * {@code balance_dirty_pages} (K-WB-2): a writer below the freerun ceiling is never throttled; a writer past it starts
 * background writeback and pauses; dirty plus writeback pages never pass the dirty limit by more than one write.
 */
class BalanceDirtyPagesTest {
    private static RunResult write(long pages, int chunk) {
        Kernel k = new ReferenceKernelProvider().boot(MachineSpec.builder().seed(3).memoryPages(2048)
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 2000).mkfs("A", "vda", 16, 64).build()).build());
        k.spawn("dd", () -> {
            OpenFile f = k.storage().vfs().open("A", "/f");
            for (long i = 0; i < pages; i += chunk) {
                f.writeBuffered(i, chunk);
            }
        });
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        return r;
    }

    private static List<TraceEvent.BalanceDirtyPages> pauses(RunResult r) {
        return r.trace().stream().filter(e -> e instanceof TraceEvent.BalanceDirtyPages)
                .map(e -> (TraceEvent.BalanceDirtyPages) e).toList();
    }

    @Test
    void aWriterBelowTheFreerunCeilingFreeRuns() {
        RunResult r = write(64, 8);

        assertThat(pauses(r)).isEmpty();
        assertThat(r.trace()).noneMatch(e -> e instanceof TraceEvent.WritebackExec);
    }

    @Test
    void aWriterPastTheCeilingStartsBackgroundWritebackAndPausesWithinTheLimit() {
        RunResult r = write(2048, 8);

        List<TraceEvent.BalanceDirtyPages> pauses = pauses(r);
        assertThat(pauses).isNotEmpty().allSatisfy(p -> {
            assertThat(p.task()).isEqualTo("dd");
            assertThat(p.dirty()).isGreaterThan(p.setpoint());
            assertThat(p.dirty()).isLessThanOrEqualTo(p.limit() + 8);
            assertThat(p.setpoint()).isEqualTo((p.limit() + p.bgThresh()) / 2);
            assertThat(p.pause()).isPositive();
        });
        assertThat(r.trace()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TraceEvent.WritebackExec.class,
                x -> assertThat(x.background()).isTrue()));
        assertThat(r.trace()).filteredOn(e -> e instanceof TraceEvent.WritebackStart)
                .allSatisfy(e -> assertThat(e.task()).startsWith("kworker/writeback"));
    }
}
