package org.reclaimtck.ref.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.runtime.RwSemaphore;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.trace.WaitKind;

class DeadlockDetectionTest {
    private final TaskThreads threads = TaskThreads.fromSystemProperty();

    @Test
    void abbaIsReportedWithBothTasksAndBothMutexesOnEverySeed() {
        for (long seed = 1; seed <= 20; seed++) {
            RunResult r = Workloads.forcedAbba(Workloads.boot(seed, threads));
            assertThat(r.outcome().kind()).as("seed %d", seed).isEqualTo(OutcomeKind.DEADLOCK);
            Outcome.Deadlock d = (Outcome.Deadlock) r.outcome();
            assertThat(d.cycle()).extracting(e -> e.task()).containsExactly("task-a", "task-b");
            assertThat(d.cycle().get(0).object()).isEqualTo("c->lock");
            assertThat(d.cycle().get(0).waitsFor()).containsExactly("task-b");
            assertThat(d.cycle().get(0).held()).containsExactly("mutex inode->i_rwsem (class &sb->s_type->i_mutex_key)");
            assertThat(d.cycle().get(1).object()).isEqualTo("inode->i_rwsem");
            assertThat(d.describe()).contains("task-a -> task-b -> task-a");
        }
    }

    @Test
    void recursiveMutexLockIsASelfDeadlock() {
        Kernel k = Workloads.boot(1, threads);
        Mutex m = k.runtime().mutex("m", "m");
        k.spawn("self", () -> {
            m.lock();
            m.lock();
        });
        Outcome.Deadlock d = (Outcome.Deadlock) k.run().outcome();
        assertThat(d.cycle()).singleElement().satisfies(e -> assertThat(e.waitsFor()).containsExactly("self"));
    }

    @Test
    void completionNobodyCompletesIsALostWakeup() {
        Kernel k = Workloads.boot(1, threads);
        Completion c = k.runtime().completion("bio->bi_private");
        k.spawn("waiter", c::waitForCompletion);
        RunResult r = k.run();
        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.LOST_WAKEUP);
        assertThat(r.outcome().describe()).contains("waiter", "bio->bi_private", "which no task holds or can signal");
    }

    @Test
    void waiterBehindAnIdleKthreadIsALostWakeupNamingTheKthread() {
        Kernel k = Workloads.boot(1, threads);
        KernelRuntime rt = k.runtime();
        WaitQueue work = rt.waitQueue("loop0 work");
        Completion done = rt.completion("loop0 bio done");
        var worker = rt.kthreadRun("loop0", () -> {
            work.waitEventIdle(() -> false);
        });
        done.wokenBy(() -> java.util.List.of(worker.task()));
        k.spawn("submitter", done::waitForCompletion);
        RunResult r = k.run();
        Outcome.LostWakeup lw = (Outcome.LostWakeup) r.outcome();
        assertThat(lw.chain()).extracting(e -> e.task()).containsExactly("submitter", "loop0");
    }

    @Test
    void completionWithDeclaredCompleterInACycleIsADeadlock() {
        Kernel k = Workloads.boot(5, threads);
        KernelRuntime rt = k.runtime();
        Mutex log = rt.mutex("log space", "xfs_log");
        Completion bio = rt.completion("bio #1 on loop0");
        Completion started = rt.completion("started");
        var worker = rt.kthreadRun("loop0", () -> {
            started.waitForCompletion();
            log.lock();
            bio.complete();
            log.unlock();
        });
        bio.wokenBy(() -> java.util.List.of(worker.task()));
        k.spawn("writer", () -> {
            log.lock();
            started.complete();
            bio.waitForCompletion();
            log.unlock();
        });
        Outcome.Deadlock d = (Outcome.Deadlock) k.run().outcome();
        assertThat(d.cycle()).extracting(e -> e.kind()).containsExactly(WaitKind.MUTEX, WaitKind.COMPLETION);
        assertThat(d.cycle()).extracting(e -> e.task()).containsExactly("loop0", "writer");
    }

    @Test
    void rwsemWriterBehindReaderCycleIsReported() {
        Kernel k = Workloads.boot(2, threads);
        KernelRuntime rt = k.runtime();
        RwSemaphore umount = rt.rwsem("sb->s_umount", "&type->s_umount_key");
        Mutex m = rt.mutex("m", "m");
        Completion readerIn = rt.completion("reader in");
        Completion writerIn = rt.completion("writer in");
        k.spawn("reader", () -> {
            umount.downRead();
            readerIn.complete();
            writerIn.waitForCompletion();
            m.lock();
        });
        k.spawn("writer", () -> {
            m.lock();
            writerIn.complete();
            readerIn.waitForCompletion();
            umount.downWrite();
        });
        Outcome.Deadlock d = (Outcome.Deadlock) k.run().outcome();
        assertThat(d.cycle()).extracting(e -> e.kind()).contains(WaitKind.RWSEM_WRITE, WaitKind.MUTEX);
    }
}
