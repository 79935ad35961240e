package org.reclaimtck.tck.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.RunStatistics;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.suites.forward.ForwardJudge;
import org.reclaimtck.tck.suites.forward.S6DirtyTailCase;

/**
 * A machine over {@link MachineSpec#PER_PAGE_TRACE_MAX_PAGES} traces no per-page events but the {@code vmstat} counters
 * around {@code sync} and at {@code out_of_memory}; FP-4 and FP-5 judge from them, and fail when they show a problem.
 */
class PerPageTracepointsTest {
    private static final long LARGE = 2 * MachineSpec.PER_PAGE_TRACE_MAX_PAGES;

    private static RunResult dirtyTail(long pages) {
        S6DirtyTailCase s6 = new S6DirtyTailCase();
        MachineSpec.Builder machine = MachineSpec.builder();
        s6.machine(machine, PartsUnderTest.defaults());
        Kernel kernel = new ReferenceKernelProvider().boot(machine.memoryPages(pages).seed(1)
                .hungTaskTimeoutSecs(3600).build());
        s6.workload(kernel);
        RunResult r = kernel.run();
        assertThat(r.outcome().kind()).as(r.outcome().describe()).isEqualTo(OutcomeKind.COMPLETED);
        return r;
    }

    private static boolean perPage(TraceEvent e) {
        return e instanceof TraceEvent.WritebackDirtyFolio || e instanceof TraceEvent.WritebackStart
                || e instanceof TraceEvent.WritebackEnd || e instanceof TraceEvent.BioSubmitted
                || e instanceof TraceEvent.AllocRequested || e instanceof TraceEvent.AllocReturned
                || e instanceof TraceEvent.LockAcquired l && l.lockClass().equals("PG_locked");
    }

    @Test
    void aSmallMachineTracesPerPageEventsAndNoVmstat() {
        RunResult r = dirtyTail(1024);

        assertThat(r.trace()).anyMatch(PerPageTracepointsTest::perPage);
        assertThat(r.trace()).noneMatch(e -> e instanceof TraceEvent.Vmstat);
    }

    @Test
    void aLargeMachineTracesVmstatAroundSyncInsteadAndPassesFp4() {
        RunResult r = dirtyTail(LARGE);

        assertThat(r.trace()).noneMatch(PerPageTracepointsTest::perPage);
        List<TraceEvent.Vmstat> vmstat = r.trace().stream().filter(e -> e instanceof TraceEvent.Vmstat)
                .map(e -> (TraceEvent.Vmstat) e).toList();
        assertThat(vmstat).hasSize(2).allSatisfy(v -> assertThat(v.superBlock()).isEqualTo("A"));
        assertThat(vmstat.get(1).nrDirty() + vmstat.get(1).nrWriteback()).isZero();
        assertThat(vmstat.get(1).nrDirtied()).as("dd's 90 pages and sync's 8").isGreaterThanOrEqualTo(98);
        assertThat(ForwardJudge.syncIsDurable(r)).isEmpty();
    }

    @Test
    void aSyncReturningWithFoliosUnderWritebackFailsFp4OnItsCounters() {
        RunResult r = dirtyTail(LARGE);
        List<TraceEvent> trace = new ArrayList<>(r.trace());
        int exit = -1;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof TraceEvent.Vmstat) {
                exit = i;
            }
        }
        TraceEvent.Vmstat v = (TraceEvent.Vmstat) trace.get(exit);
        trace.set(exit, new TraceEvent.Vmstat(v.time(), v.task(), v.superBlock(), v.nrDirty(), 5, v.nrDirtied()));

        List<String> problems = ForwardJudge.syncIsDurable(new RunResult(1, r.outcome(), trace, r.statistics()));

        assertThat(problems).singleElement().asString().contains("sync by sync on A returned with 0 folios dirty and 5"
                + " under writeback", "dirtied before it began", "vmstat A: nr_dirty=0 nr_writeback=5");
    }

    @Test
    void anOomKillWhileTheNodeCountersShowDirtyFoliosFailsFp5() {
        List<TraceEvent> trace = List.of(
                new TraceEvent.Vmstat(1, "memhog", "", 7, 3, 100),
                new TraceEvent.OomKill(2, "memhog", "memhog", Gfp.GFP_KERNEL));

        List<String> problems = ForwardJudge.noOomWhileCleanable(new RunResult(1, new Outcome.Completed(), trace,
                new RunStatistics(1, 1, 2, 1)));

        assertThat(problems).singleElement().asString()
                .contains("while 7 file folios were dirty and 3 under writeback (cleanable)");
    }
}
