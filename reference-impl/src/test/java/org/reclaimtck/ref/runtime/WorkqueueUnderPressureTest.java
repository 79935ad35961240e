package org.reclaimtck.ref.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Work;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Worker creation needs memory (K-WQ-2): below the min watermark no worker can be made; a WQ_MEM_RECLAIM
 * workqueue's rescuer runs the work after the mayday timeout, another waits the creation cool-down (HZ).
 * flush_work is a traced wait; a WQ_MEM_RECLAIM worker flushing a !WQ_MEM_RECLAIM workqueue warns (K-WQ-3).
 */
class WorkqueueUnderPressureTest {
    private static long startOf(RunResult r, String work) {
        return r.trace().stream().filter(e -> e instanceof TraceEvent.WorkExecute x && x.start() && x.work().equals(work))
                .findFirst().orElseThrow().time();
    }

    @Test
    void belowMinTheRescuerRunsReclaimWorkAndAPlainWorkqueueWaitsTheCooldown() {
        Kernel k = new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).memoryPages(1024).build());
        Workqueue reclaim = k.runtime().allocWorkqueue("writeback", EnumSet.of(WqFlag.WQ_MEM_RECLAIM), 1);
        Workqueue plain = k.runtime().allocWorkqueue("events_plain", EnumSet.noneOf(WqFlag.class), 1);
        Work a = k.runtime().initWork("wb_workfn", () -> { });
        Work b = k.runtime().initWork("plain_fn", () -> { });
        PageAllocator pa = k.pageAllocator();
        long[] queuedAt = new long[1];
        k.spawn("memhog", () -> {
            List<Long> held = new ArrayList<>();
            while (pa.nrFreePages() > pa.watermarks().min()) {
                long p = pa.allocPages(Gfp.GFP_KERNEL.or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOWARN), 0);
                if (p < 0) {
                    break;
                }
                held.add(p);
            }
            queuedAt[0] = k.runtime().clock().nanos();
            reclaim.queueWork(a);
            plain.queueWork(b);
            k.runtime().msleep(200);
            held.forEach(p -> pa.freePages(p, 0));
            reclaim.flushWork(a);
            plain.flushWork(b);
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).as(r.outcome().describe()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(startOf(r, "wb_workfn") - queuedAt[0]).as("MAYDAY_INITIAL_TIMEOUT (HZ/100), then the rescuer")
                .isBetween(10_000_000L, 11_000_000L);
        assertThat(startOf(r, "plain_fn") - queuedAt[0]).as("CREATE_COOLDOWN").isGreaterThanOrEqualTo(1_000_000_000L);
        assertThat(r.trace()).filteredOn(e -> e instanceof TraceEvent.WorkqueueMayday)
                .extracting(e -> ((TraceEvent.WorkqueueMayday) e).workqueue() + ":" + ((TraceEvent.WorkqueueMayday) e).rescued())
                .contains("writeback:true", "events_plain:false");
        assertThat(r.trace()).filteredOn(e -> e instanceof TraceEvent.WaitBegin w && w.object().equals("flush_work(plain_fn)"))
                .hasSize(1);
    }

    @Test
    void aReclaimWorkerFlushingAPlainWorkqueueWarns() {
        Kernel k = new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).build());
        Workqueue reclaim = k.runtime().allocWorkqueue("xfs-inodegc", EnumSet.of(WqFlag.WQ_MEM_RECLAIM), 1);
        Workqueue plain = k.runtime().allocWorkqueue("events", EnumSet.noneOf(WqFlag.class), 1);
        Work inner = k.runtime().initWork("inner", () -> { });
        Work outer = k.runtime().initWork("outer", () -> {
            plain.queueWork(inner);
            plain.flushWork(inner);
        });
        k.spawn("umount", () -> {
            reclaim.queueWork(outer);
            reclaim.flushWork(outer);
            reclaim.destroyWorkqueue();
            plain.destroyWorkqueue();
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(r.trace()).filteredOn(e -> e instanceof TraceEvent.Warning w && w.kind().equals("flush-dependency"))
                .singleElement().satisfies(e -> assertThat(((TraceEvent.Warning) e).message())
                        .contains("WQ_MEM_RECLAIM worker").contains("is flushing !WQ_MEM_RECLAIM events:inner"));
    }
}
