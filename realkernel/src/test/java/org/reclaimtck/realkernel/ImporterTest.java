package org.reclaimtck.realkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/** The mapping of docs/real-kernel.md on hand-written lines in trace-cmd report's format. */
class ImporterTest {
    private static final String HEAD = "cpus=2\n";

    private static String line(String task, int cpu, String time, String event, String body) {
        return String.format("%16s [%03d] %s: %-20s %s%n", task, cpu, time, event + ":", body);
    }

    @Test
    void directReclaimPairsPerPidAndKswapdIsMarked() {
        ImportedTrace t = new TraceImporter().importText(HEAD
                + line("dd-163", 0, "35.000100", "mm_vmscan_direct_reclaim_begin", "order=0 gfp_flags=GFP_NOFS|__GFP_NOWARN")
                + line("kswapd0-44", 1, "35.000200", "mm_vmscan_kswapd_wake", "nid=0 order=0")
                + line("dd-163", 0, "35.002100", "mm_vmscan_direct_reclaim_end", "nr_reclaimed=32"));
        List<TraceEvent> ev = t.events();
        assertThat(ev.get(0)).isInstanceOf(TraceEvent.DirectReclaimBegin.class);
        assertThat(((TraceEvent.DirectReclaimBegin) ev.get(0)).gfp()).isEqualTo(Gfp.GFP_NOFS.or(Gfp.__GFP_NOWARN));
        assertThat(ev.get(0).task()).isEqualTo("dd-163");
        assertThat(ev).filteredOn(e -> e instanceof TraceEvent.TaskFlagChanged).extracting(TraceEvent::detail)
                .containsExactly("task_flags +PF_MEMALLOC", "task_flags +PF_KSWAPD");
        assertThat(t.stats().directReclaimNanos).containsExactly(2_000_000L);
        assertThat(t.line(0)).isEqualTo(2);
    }

    @Test
    void callerAndEffectiveMasksPairAndTheLoopWorkerIsSeen() {
        ImportedTrace t = new TraceImporter().importText(HEAD
                + line("kworker/u4:1-30", 1, "7.349124", "loop_work_begin", "(ffffffffc0384c10)")
                + line("kworker/u4:1-30", 1, "7.349471", "alloc_pages_caller", "(ffffffff900f9230) gfp=1314250 order=0")
                + line("kworker/u4:1-30", 1, "7.349498", "mm_page_alloc", "page=0xffffffff91217d41 pfn=0x2611 order=0"
                        + " migratetype=1 gfp_flags=GFP_NOIO|__GFP_HIGHMEM|__GFP_COMP|__GFP_HARDWALL|__GFP_MOVABLE")
                + line("kworker/u4:1-30", 1, "7.350303", "loop_work_end", "(ffffffffc0384c10 <- ffffffff8fec5c54)"));
        TraceEvent.AllocRequested a = (TraceEvent.AllocRequested) t.events().get(0);
        assertThat(a.callerGfp().allowsIo()).isTrue();
        assertThat(a.effectiveGfp().allowsIo()).isFalse();
        assertThat(t.stats().loopWorkerMasks).containsOnlyKeys("GFP_NOIO|__GFP_HIGHMEM|__GFP_COMP|__GFP_HARDWALL|__GFP_MOVABLE");
    }

    @Test
    void aDSleepThroughIoScheduleIsABioWaitEndedByTheTasksNextEvent() {
        ImportedTrace t = new TraceImporter().importText(HEAD
                + line("<...>-149", 0, "7.347884", "sched_switch", "mkdir:149 [120] D ==> init:150 [120]")
                + line("<...>-149", 0, "7.347890", "kernel_stack", "<stack trace >")
                + "=> __schedule (ffffffff908528c8)\n=> schedule (ffffffff90852e2a)\n=> io_schedule (ffffffff90852f02)\n"
                + "=> bit_wait_io (ffffffff9085344d)\n=> __ext4_find_entry (ffffffffc044464d)\n"
                + line("mkdir-149", 0, "7.350000", "block_bio_queue", "253,0 R 1024 + 8 [mkdir]"));
        assertThat(t.events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("WaitBegin", "Woken", "BioSubmitted");
        TraceEvent.WaitBegin w = (TraceEvent.WaitBegin) t.events().get(0);
        assertThat(w.kind()).isEqualTo(WaitKind.BIO);
        assertThat(w.object()).contains("__ext4_find_entry");
        assertThat(((TraceEvent.BioSubmitted) t.events().get(2)).device()).isEqualTo("dm-0");
    }

    @Test
    void aMalformedLineIsAnErrorWithItsLineNumberAndUnknownEventsAreCounted() {
        assertThatThrownBy(() -> new TraceImporter().importText(HEAD
                + line("dd-163", 0, "35.000100", "mm_vmscan_direct_reclaim_begin", "order=0 gfp_flags=GFP_NOFS")
                + "garbage in the report\n"))
                .isInstanceOf(MalformedTraceException.class).hasMessageContaining("trace line 3")
                .hasMessageContaining("garbage in the report");
        assertThatThrownBy(() -> new TraceImporter().importText(HEAD
                + line("dd-163", 0, "35.000100", "mm_vmscan_direct_reclaim_end", "nr_reclaimed=lots")))
                .isInstanceOf(MalformedTraceException.class).hasMessageContaining("trace line 2");
        ImportedTrace t = new TraceImporter().importText(HEAD
                + line("dd-163", 0, "35.000100", "jbd2_start_commit", "dev 253,0 transaction 12 sync 0"));
        assertThat(t.stats().unknown).containsEntry("jbd2_start_commit", 1L);
        assertThat(t.events()).isEmpty();
    }

    @Test
    void lostEventMarkersAreCounted() {
        ImportedTrace t = new TraceImporter().importText(HEAD + "CPU:0 [455400 EVENTS DROPPED]\n"
                + line("dd-163", 0, "35.000100", "mm_vmscan_kswapd_sleep", "nid=0"));
        assertThat(t.stats().lostInReport).isEqualTo(455400);
    }
}
