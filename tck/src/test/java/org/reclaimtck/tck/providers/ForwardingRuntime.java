package org.reclaimtck.tck.providers;

import java.util.Set;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.runtime.RwSemaphore;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.spi.runtime.VirtualClock;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.runtime.Work;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/** A runtime that forwards everything to another; broken test providers override a method or two. */
class ForwardingRuntime implements KernelRuntime {
    protected final KernelRuntime delegate;

    ForwardingRuntime(KernelRuntime delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mutex mutex(String name, String lockClass) {
        return delegate.mutex(name, lockClass);
    }

    @Override
    public RwSemaphore rwsem(String name, String lockClass) {
        return delegate.rwsem(name, lockClass);
    }

    @Override
    public WaitQueue waitQueue(String name) {
        return delegate.waitQueue(name);
    }

    @Override
    public WaitQueue waitQueue(String name, WaitKind kind) {
        return delegate.waitQueue(name, kind);
    }

    @Override
    public Completion completion(String name) {
        return delegate.completion(name);
    }

    @Override
    public Completion completion(String name, String lockClass) {
        return delegate.completion(name, lockClass);
    }

    @Override
    public Timer timer(String name, Runnable callback) {
        return delegate.timer(name, callback);
    }

    @Override
    public Work initWork(String name, Runnable fn) {
        return delegate.initWork(name, fn);
    }

    @Override
    public Workqueue allocWorkqueue(String name, Set<WqFlag> flags, int maxActive) {
        return delegate.allocWorkqueue(name, flags, maxActive);
    }

    @Override
    public Task spawn(String comm, Runnable body) {
        return delegate.spawn(comm, body);
    }

    @Override
    public Kthread kthreadRun(String comm, Runnable body) {
        return delegate.kthreadRun(comm, body);
    }

    @Override
    public Task current() {
        return delegate.current();
    }

    @Override
    public void condResched() {
        delegate.condResched();
    }

    @Override
    public void scheduleTimeoutUninterruptible(long jiffies) {
        delegate.scheduleTimeoutUninterruptible(jiffies);
    }

    @Override
    public void msleep(long ms) {
        delegate.msleep(ms);
    }

    @Override
    public void scheduleTimeoutKillable(long jiffies) {
        delegate.scheduleTimeoutKillable(jiffies);
    }

    @Override
    public boolean fatalSignalPending() {
        return delegate.fatalSignalPending();
    }

    @Override
    public boolean kthreadShouldStop() {
        return delegate.kthreadShouldStop();
    }

    @Override
    public VirtualClock clock() {
        return delegate.clock();
    }

    @Override
    public int randomBelow(int bound) {
        return delegate.randomBelow(bound);
    }

    @Override
    public void trace(TraceEvent event) {
        delegate.trace(event);
    }
}
