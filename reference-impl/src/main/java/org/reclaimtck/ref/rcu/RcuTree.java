package org.reclaimtck.ref.rcu;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Grace periods and callbacks: models {@code kernel/rcu/tree.c} ({@code rcu_gp_kthread}, {@code synchronize_rcu},
 * {@code call_rcu}) on one CPU with preemptible read-side sections. A grace period waits for the tasks that were in
 * a read-side critical section when it started; being scheduled again is the CPU's quiescent state, so it ends when
 * those readers have left. The kthread {@code rcu_preempt} runs the grace periods and then the ready callbacks
 * (the kernel runs them in RCU_SOFTIRQ or an {@code rcuo} kthread).
 */
public final class RcuTree {
    /** A callback and the grace period it waits for. */
    private record Callback(long gpSeq, String name, Runnable fn) {
    }

    private final SimRuntime rt;
    private final Map<SimTask, Integer> readers = new LinkedHashMap<>();
    private final Deque<Callback> callbacks = new ArrayDeque<>();
    private final WaitQueue gpRequest;
    private final WaitQueue readersDone;
    private final WaitQueue gpDone;
    private final List<SimTask> blockers = new ArrayList<>();
    private SimTask gpKthread;
    private long started;
    private long completed;
    private long requested;

    public RcuTree(SimRuntime rt) {
        this.rt = rt;
        this.gpRequest = rt.waitQueue("rcu_gp_wq");
        this.readersDone = rt.waitQueue("rcu grace period");
        this.readersDone.wokenBy(() -> new ArrayList<>(blockers));
        this.gpDone = rt.waitQueue("synchronize_rcu");
    }

    /** {@code rcu_read_lock}: nests; the outermost is a held lock of class {@code rcu_read_lock}. */
    public void readLock() {
        SimTask me = rt.current();
        int depth = readers.merge(me, 1, Integer::sum);
        if (depth == 1) {
            rt.lockAcquired(this, LockKind.RCU_READ, "rcu_read_lock", "rcu_read_lock");
        }
    }

    /** {@code rcu_read_unlock}: the outermost ends the section and may end a grace period's wait. */
    public void readUnlock() {
        SimTask me = rt.current();
        Integer depth = readers.get(me);
        if (depth == null) {
            throw new IllegalStateException(me.comm() + ": rcu_read_unlock() outside a read-side critical section");
        }
        if (depth > 1) {
            readers.put(me, depth - 1);
            return;
        }
        readers.remove(me);
        rt.lockReleased(this);
        if (blockers.remove(me)) {
            readersDone.wakeUpAll();
        }
    }

    /** {@code synchronize_rcu}: waits for a grace period that starts after this call. */
    public void synchronizeRcu() {
        long need = started + 1;
        request(need);
        gpDone.waitEvent(() -> completed >= need);
    }

    /** {@code call_rcu}: queues {@code fn} for after the next grace period that starts. */
    public void callRcu(String name, Runnable fn) {
        long need = started + 1;
        callbacks.add(new Callback(need, name, fn));
        request(need);
    }

    private void request(long gpSeq) {
        ensureKthread();
        if (gpSeq > requested) {
            requested = gpSeq;
            gpRequest.wakeUpAll();
        }
    }

    void ensureKthread() {
        if (gpKthread == null) {
            gpKthread = rt.kthread("rcu_preempt", this::gpLoop);
            gpDone.wokenBy(() -> List.of(gpKthread));
        }
    }

    /** {@code rcu_gp_kthread}: one grace period per request, then the callbacks it made ready. */
    private void gpLoop() {
        while (!rt.kthreadShouldStop()) {
            gpRequest.waitEventIdle(() -> requested > started || rt.kthreadShouldStop());
            if (requested <= started) {
                continue;
            }
            long seq = ++started;
            blockers.clear();
            blockers.addAll(readers.keySet());
            rt.trace(new TraceEvent.RcuGracePeriod(rt.clock().nanos(), gpKthread.comm(), seq, true,
                    blockers.stream().map(SimTask::comm).toList()));
            readersDone.waitEvent(blockers::isEmpty);
            completed = seq;
            rt.trace(new TraceEvent.RcuGracePeriod(rt.clock().nanos(), gpKthread.comm(), seq, false, List.of()));
            gpDone.wakeUpAll();
            while (!callbacks.isEmpty() && callbacks.peek().gpSeq() <= completed) {
                callbacks.poll().fn().run();
            }
        }
    }
}
