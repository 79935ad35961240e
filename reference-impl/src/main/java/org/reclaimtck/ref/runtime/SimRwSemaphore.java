package org.reclaimtck.ref.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.spi.runtime.RwSemaphore;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * A reader/writer sleeping lock with a FIFO wait queue: models {@code kernel/locking/rwsem.c}. A reader
 * arriving while anyone waits queues behind them, so a waiting writer is not starved.
 */
final class SimRwSemaphore extends SimLock implements RwSemaphore {
    private final List<SimTask> readers = new ArrayList<>();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private SimTask writer;

    private static final class Waiter {
        final SimTask task;
        final boolean write;

        Waiter(SimTask task, boolean write) {
            this.task = task;
            this.write = write;
        }
    }

    SimRwSemaphore(Sim sim, String name, String lockClass) {
        super(sim, name, lockClass);
    }

    @Override
    public void downRead() {
        down(false);
    }

    @Override
    public void downWrite() {
        down(true);
    }

    private void down(boolean write) {
        SimTask me = sim.currentTask(write ? "down_write(" + name + ")" : "down_read(" + name + ")");
        sim.schedulePoint(SchedPoint.LOCK);
        if (tryGrant(me, write, false)) {
            return;
        }
        waiters.add(new Waiter(me, write));
        sim.block(me, new BlockInfo(write ? WaitKind.RWSEM_WRITE : WaitKind.RWSEM_READ, name, lockClass, false,
                this::holderTasks, null));
    }

    private boolean tryGrant(SimTask me, boolean write, boolean trylock) {
        boolean free = write ? writer == null && readers.isEmpty() : writer == null && waiters.isEmpty();
        if (free) {
            grant(me, write, trylock);
        }
        return free;
    }

    @Override
    public boolean tryDownRead() {
        return tryGrant(sim.currentTask("down_read_trylock(" + name + ")"), false, true);
    }

    @Override
    public boolean tryDownWrite() {
        return tryGrant(sim.currentTask("down_write_trylock(" + name + ")"), true, true);
    }

    @Override
    public void upRead() {
        SimTask me = sim.currentTask("up_read(" + name + ")");
        if (!readers.remove(me)) {
            throw new IllegalStateException("up_read(" + name + ") by " + me + ", which holds no read lock");
        }
        released(me, LockKind.RWSEM_READ);
    }

    @Override
    public void upWrite() {
        SimTask me = sim.currentTask("up_write(" + name + ")");
        if (writer != me) {
            throw new IllegalStateException("up_write(" + name + ") by " + me + " but the writer is " + writer);
        }
        writer = null;
        released(me, LockKind.RWSEM_WRITE);
    }

    private void released(SimTask me, LockKind kind) {
        me.held.removeIf(h -> h.lock == this && h.kind == kind);
        sim.trace(new TraceEvent.LockReleased(sim.now(), me.comm(), kind, name, lockClass));
        handOff(me);
        sim.schedulePoint(SchedPoint.UNLOCK);
    }

    /** Grants the head of the queue: one writer, or every reader up to the next writer. */
    private void handOff(SimTask waker) {
        while (!waiters.isEmpty()) {
            Waiter w = waiters.peek();
            if (w.write ? writer != null || !readers.isEmpty() : writer != null) {
                return;
            }
            waiters.poll();
            sim.wake(w.task, waker.comm());
            grant(w.task, w.write, false);
            if (w.write) {
                return;
            }
        }
    }

    private void grant(SimTask t, boolean write, boolean trylock) {
        LockKind kind = write ? LockKind.RWSEM_WRITE : LockKind.RWSEM_READ;
        if (write) {
            writer = t;
        } else {
            readers.add(t);
        }
        t.held.add(new HeldLock(kind, name, lockClass, this));
        sim.trace(new TraceEvent.LockAcquired(sim.now(), t.comm(), kind, name, lockClass, trylock));
    }

    private List<SimTask> holderTasks() {
        if (writer != null) {
            return List.of(writer);
        }
        return List.copyOf(readers);
    }

    @Override
    public List<Task> holders() {
        return List.copyOf(holderTasks());
    }
}
