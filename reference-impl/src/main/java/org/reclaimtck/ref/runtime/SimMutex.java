package org.reclaimtck.ref.runtime;

import java.util.ArrayDeque;
import java.util.List;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * A sleeping lock with FIFO handoff: models {@code kernel/locking/mutex.c} (without optimistic spinning).
 * Locking a mutex the task already owns waits on itself: a self-deadlock, reported as a cycle of one.
 */
final class SimMutex extends SimLock implements Mutex {
    private final ArrayDeque<SimTask> waiters = new ArrayDeque<>();
    private SimTask owner;

    SimMutex(Sim sim, String name, String lockClass) {
        super(sim, name, lockClass);
    }

    @Override
    public void lock() {
        SimTask me = sim.currentTask("mutex_lock(" + name + ")");
        sim.schedulePoint(SchedPoint.LOCK);
        if (owner == null) {
            acquire(me, false);
            return;
        }
        waiters.add(me);
        sim.block(me, new BlockInfo(WaitKind.MUTEX, name, lockClass, false,
                () -> owner == null ? List.of() : List.of(owner), null));
    }

    /** TASK_KILLABLE: SIGKILL takes the waiter off the queue without the lock ({@code -EINTR}). */
    @Override
    public boolean lockKillable() {
        SimTask me = sim.currentTask("mutex_lock_killable(" + name + ")");
        sim.schedulePoint(SchedPoint.LOCK);
        if (owner == null) {
            acquire(me, false);
            return true;
        }
        if (me.sigkill) {
            return false;
        }
        waiters.add(me);
        sim.block(me, new BlockInfo(WaitKind.MUTEX, name, lockClass, false,
                () -> owner == null ? List.of() : List.of(owner), () -> waiters.remove(me), true));
        return owner == me;
    }

    @Override
    public boolean tryLock() {
        SimTask me = sim.currentTask("mutex_trylock(" + name + ")");
        if (owner != null) {
            return false;
        }
        acquire(me, true);
        return true;
    }

    @Override
    public void unlock() {
        SimTask me = sim.currentTask("mutex_unlock(" + name + ")");
        if (owner != me) {
            throw new IllegalStateException("mutex_unlock(" + name + ") by " + me + " but the owner is " + owner);
        }
        release(me);
        SimTask next = waiters.poll();
        if (next != null) {
            sim.wake(next, me.comm());
            acquire(next, false);
        }
        sim.schedulePoint(SchedPoint.UNLOCK);
    }

    private void acquire(SimTask t, boolean trylock) {
        owner = t;
        t.held.add(new HeldLock(LockKind.MUTEX, name, lockClass, this));
        sim.trace(new TraceEvent.LockAcquired(sim.now(), t.comm(), LockKind.MUTEX, name, lockClass, trylock));
    }

    private void release(SimTask t) {
        owner = null;
        t.held.removeIf(h -> h.lock == this);
        sim.trace(new TraceEvent.LockReleased(sim.now(), t.comm(), LockKind.MUTEX, name, lockClass));
    }

    @Override
    public boolean isLocked() {
        return owner != null;
    }

    @Override
    public Task owner() {
        return owner;
    }

    @Override
    public String toString() {
        return "mutex " + name;
    }
}
