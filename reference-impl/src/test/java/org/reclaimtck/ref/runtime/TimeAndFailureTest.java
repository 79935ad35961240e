package org.reclaimtck.ref.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;

class TimeAndFailureTest {
    private final TaskThreads threads = TaskThreads.fromSystemProperty();

    @Test
    void msleepMovesVirtualTimeExactly() {
        Kernel k = Workloads.boot(1, threads);
        long[] seen = new long[2];
        k.spawn("sleeper", () -> {
            seen[0] = k.runtime().clock().jiffies();
            k.runtime().msleep(250);
            seen[1] = k.runtime().clock().jiffies();
        });
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(seen[1] - seen[0]).isEqualTo(250);
        assertThat(r.statistics().virtualNanos()).isEqualTo(250_000_000L);
    }

    @Test
    void timerCallbackCompletesAWaiterAndTimeoutsReturnZero() {
        Kernel k = Workloads.boot(1, threads);
        KernelRuntime rt = k.runtime();
        Completion c = rt.completion("irq done");
        Completion never = rt.completion("never");
        Timer t = rt.timer("disk irq", c::complete);
        long[] left = new long[2];
        k.spawn("io", () -> {
            t.modTimer(rt.clock().jiffies() + 10);
            left[0] = c.waitForCompletionTimeout(100);
            left[1] = never.waitForCompletionTimeout(5);
        });
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(left[0]).isEqualTo(90);
        assertThat(left[1]).isZero();
        assertThat(r.statistics().virtualNanos()).isEqualTo(15_000_000L);
    }

    @Test
    void taskBlockedPastHungTaskTimeoutWhileTimeMovesIsAHungTask() {
        Kernel k = new ReferenceKernelProvider(threads).boot(MachineSpec.builder().hungTaskTimeoutSecs(120).build());
        KernelRuntime rt = k.runtime();
        Completion never = rt.completion("journal commit");
        k.spawn("fsync", never::waitForCompletion);
        k.spawn("ticker", () -> {
            for (int i = 0; i < 200; i++) {
                rt.msleep(1000);
            }
        });
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.HUNG_TASK);
        Outcome.HungTask h = (Outcome.HungTask) r.outcome();
        assertThat(h.task().task()).isEqualTo("fsync");
        assertThat(h.describe()).startsWith("INFO: task fsync blocked for more than 120 seconds");
    }

    @Test
    void exceptionInATaskIsAnImplementationErrorWithItsStack() {
        Kernel k = Workloads.boot(1, threads);
        k.spawn("oops", () -> {
            throw new IllegalArgumentException("bad sector");
        });
        Outcome.ImplementationError e = (Outcome.ImplementationError) k.run().outcome();
        assertThat(e.task()).isEqualTo("oops");
        assertThat(e.exception()).contains("bad sector");
        assertThat(e.stack()).contains("TimeAndFailureTest");
    }

    @Test
    void endlessCondReschedSpendsTheStepBudget() {
        Kernel k = new ReferenceKernelProvider(threads).boot(MachineSpec.builder().stepBudget(5000).build());
        k.spawn("spinner", () -> {
            while (true) {
                k.runtime().condResched();
            }
        });
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.NO_PROGRESS);
        assertThat(r.outcome().describe()).contains("step", "spinner");
    }

    @Test
    void sleepingInATimerCallbackIsABug() {
        Kernel k = Workloads.boot(1, threads);
        KernelRuntime rt = k.runtime();
        Completion c = rt.completion("c");
        Timer t = rt.timer("bad timer", c::waitForCompletion);
        k.spawn("arm", () -> {
            t.modTimer(1);
            rt.msleep(5);
        });
        Outcome.ImplementationError e = (Outcome.ImplementationError) k.run().outcome();
        assertThat(e.exception()).contains("sleeping function called from invalid context");
    }

    @Test
    void workqueueRunsWorkAndIdleWorkersDoNotBlockCompletion() {
        Kernel k = Workloads.boot(7, threads);
        KernelRuntime rt = k.runtime();
        Workqueue wq = rt.allocWorkqueue("writeback", EnumSet.of(WqFlag.WQ_MEM_RECLAIM), 2);
        List<String> ran = new ArrayList<>();
        k.spawn("queuer", () -> {
            for (int i = 0; i < 4; i++) {
                int n = i;
                wq.queueWork(rt.initWork("wb" + n, () -> ran.add("wb" + n)));
            }
            wq.flushWorkqueue();
            assertThat(ran).containsExactlyInAnyOrder("wb0", "wb1", "wb2", "wb3");
        });
        assertThat(k.run().outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
    }

    @Test
    void rescuerRunsWorkWhenNoWorkerCanBeCreated() {
        Kernel k = Workloads.boot(7, threads);
        var rt = (SimRuntime) k.runtime();
        rt.setWorkerCreation(() -> false);
        Workqueue reclaim = rt.allocWorkqueue("dm_bufio_cache", EnumSet.of(WqFlag.WQ_MEM_RECLAIM), 1);
        Workqueue plain = rt.allocWorkqueue("loop0", EnumSet.noneOf(WqFlag.class), 1);
        List<String> ran = new ArrayList<>();
        k.spawn("queuer", () -> {
            reclaim.queueWork(rt.initWork("shrink_work", () -> ran.add("rescued")));
            reclaim.flushWorkqueue();
            plain.queueWork(rt.initWork("loop_work", () -> ran.add("never")));
            plain.flushWorkqueue();
        });
        RunResult r = k.run();
        assertThat(ran).containsExactly("rescued");
        // without a rescuer, creation is retried every HZ forever: the flusher hangs
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.HUNG_TASK);
        assertThat(((Outcome.HungTask) r.outcome()).task().object()).isEqualTo("flush_workqueue(loop0)");
    }

    @Test
    void kthreadStopEndsAnIdleKthread() {
        Kernel k = Workloads.boot(3, threads);
        KernelRuntime rt = k.runtime();
        WaitQueue wq = rt.waitQueue("kswapd_wait");
        var kswapd = rt.kthreadRun("kswapd0", () -> {
            while (!rt.kthreadShouldStop()) {
                wq.waitEventIdle(rt::kthreadShouldStop);
            }
        });
        k.spawn("rmmod", kswapd::kthreadStop);
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(r.trace()).anySatisfy(e -> assertThat(e.render()).contains("kswapd0: exit"));
    }
}
