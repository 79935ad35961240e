package org.reclaimtck.tck.oracles.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

class TraceModelTest {
    private long t;

    private long now() {
        return ++t;
    }

    @Test
    void kswapdIsTheTaskWithPfKswapdWhateverItsComm() {
        TraceModel m = TraceModel.replay(List.of(
                new TraceEvent.TaskSpawned(now(), "init", "balancer", true),
                new TraceEvent.TaskFlagChanged(now(), "balancer", "PF_MEMALLOC", true),
                new TraceEvent.TaskFlagChanged(now(), "balancer", "PF_KSWAPD", true),
                new TraceEvent.TaskSpawned(now(), "init", "kswapd0", false)));

        TaskModel balancer = m.task("balancer").orElseThrow();
        assertThat(balancer.kswapd()).isTrue();
        assertThat(balancer.flags()).containsExactlyInAnyOrder(PfFlag.PF_KTHREAD, PfFlag.PF_MEMALLOC, PfFlag.PF_KSWAPD);
        assertThat(m.task("kswapd0").orElseThrow().kswapd()).isFalse();
    }

    @Test
    void clearedFlagsAndRestoredScopesLeaveTheTask() {
        TraceModel m = TraceModel.replay(List.of(
                new TraceEvent.TaskFlagChanged(now(), "loop0", "PF_LOCAL_THROTTLE", true),
                new TraceEvent.ScopeSaved(now(), "loop0", "PF_MEMALLOC_NOIO", "loop"),
                new TraceEvent.ScopeSaved(now(), "loop0", "PF_MEMALLOC_NOIO", "inner"),
                new TraceEvent.ScopeRestored(now(), "loop0", "PF_MEMALLOC_NOIO", "inner"),
                new TraceEvent.TaskFlagChanged(now(), "loop0", "PF_LOCAL_THROTTLE", false)));

        TaskModel loop0 = m.task("loop0").orElseThrow();
        assertThat(loop0.flags()).containsExactly(PfFlag.PF_MEMALLOC_NOIO);
        assertThat(loop0.scopes()).containsExactly("PF_MEMALLOC_NOIO");
        assertThat(loop0.has(PfFlag.PF_LOCAL_THROTTLE)).isFalse();
    }

    @Test
    void reclaimContextsNestAndTransactionsAreHeldLocks() {
        TraceModel m = TraceModel.replay(List.of(
                new TraceEvent.LockAcquired(now(), "xfs", LockKind.TRANSACTION, "'create' on A", "A->log"),
                new TraceEvent.AllocRequested(now(), "xfs", Gfp.GFP_KERNEL, Gfp.GFP_KERNEL, 0, List.of()),
                new TraceEvent.DirectReclaimBegin(now(), "xfs", Gfp.GFP_KERNEL, 0),
                new TraceEvent.DirectReclaimBegin(now(), "xfs", Gfp.GFP_NOFS, 0)));

        TaskModel xfs = m.task("xfs").orElseThrow();
        assertThat(xfs.transactions()).containsExactly("'create' on A");
        assertThat(xfs.reclaim()).extracting(ReclaimContext::describe)
                .containsExactly("direct reclaim (GFP_KERNEL)", "direct reclaim (GFP_NOFS)");
        assertThat(xfs.innermostReclaim().orElseThrow().gfp()).isEqualTo(Gfp.GFP_NOFS);
        assertThat(xfs.allocation().orElseThrow().effectiveGfp()).isEqualTo(Gfp.GFP_KERNEL);
    }

    @Test
    void aLockWaitWaitsForTheOwnersTheLockEventsShow() {
        TraceModel m = TraceModel.replay(List.of(
                new TraceEvent.LockAcquired(now(), "a", LockKind.MUTEX, "m", "m_class"),
                new TraceEvent.ScopeSaved(now(), "b", "PF_MEMALLOC_NOFS", "site"),
                new TraceEvent.WaitBegin(now(), "b", WaitKind.MUTEX, "m", "m_class", List.of("stale"), false)));

        WaitEdge e = m.waitEdge("b").orElseThrow();
        assertThat(e.waitsFor()).containsExactly("a");
        assertThat(e.context()).isEqualTo("PF_MEMALLOC_NOFS");
        assertThat(m.task("a").orElseThrow().heldDescriptions()).containsExactly("mutex m (class m_class)");
    }

    @Test
    void visitorsSeeTheStateBeforeAndAfterEachEvent() {
        List<String> seen = new ArrayList<>();
        TraceModel.walk(List.of(
                new TraceEvent.LockAcquired(now(), "a", LockKind.MUTEX, "m", "m"),
                new TraceEvent.LockReleased(now(), "a", LockKind.MUTEX, "m", "m")), new TraceVisitor() {
                    @Override
                    public void before(int position, TraceEvent e, TraceModel model) {
                        seen.add(position + " before " + model.taskOf(e).held().size());
                    }

                    @Override
                    public void after(int position, TraceEvent e, TraceModel model) {
                        seen.add(position + " after " + model.taskOf(e).held().size());
                    }
                });

        assertThat(seen).containsExactly("0 before 0", "0 after 1", "1 before 1", "1 after 0");
    }

    @Test
    void anExitedCommSpawnedAgainIsANewTask() {
        TraceModel m = TraceModel.replay(List.of(
                new TraceEvent.TaskSpawned(now(), "init", "w", false),
                new TraceEvent.LockAcquired(now(), "w", LockKind.MUTEX, "m", "m"),
                new TraceEvent.TaskExited(now(), "w"),
                new TraceEvent.TaskSpawned(now(), "init", "w", false)));

        assertThat(m.task("w").orElseThrow().exited()).isFalse();
        assertThat(m.task("w").orElseThrow().held()).isEmpty();
    }
}
