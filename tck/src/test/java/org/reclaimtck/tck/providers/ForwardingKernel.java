package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.Storage;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.reclaim.Reclaim;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.task.Task;

/** A kernel that forwards everything to another; broken test providers override one method. */
class ForwardingKernel implements Kernel {
    protected final Kernel delegate;

    ForwardingKernel(Kernel delegate) {
        this.delegate = delegate;
    }

    @Override
    public MachineSpec spec() {
        return delegate.spec();
    }

    @Override
    public KernelRuntime runtime() {
        return delegate.runtime();
    }

    @Override
    public Task spawn(String comm, Runnable body) {
        return runtime().spawn(comm, body);
    }

    @Override
    public PageAllocator pageAllocator() {
        return delegate.pageAllocator();
    }

    @Override
    public org.reclaimtck.spi.mm.Mm mm() {
        return delegate.mm();
    }

    @Override
    public org.reclaimtck.spi.mm.MemoryCgroups memcg() {
        return delegate.memcg();
    }

    @Override
    public org.reclaimtck.spi.mm.Mempools mempools() {
        return delegate.mempools();
    }

    @Override
    public org.reclaimtck.spi.rcu.Rcu rcu() {
        return delegate.rcu();
    }

    @Override
    public ShrinkerRegistry shrinkers() {
        return delegate.shrinkers();
    }

    @Override
    public Reclaim reclaim() {
        return delegate.reclaim();
    }

    @Override
    public Storage storage() {
        return delegate.storage();
    }

    @Override
    public RunResult run() {
        return delegate.run();
    }

    @Override
    public String describeTasks() {
        return delegate.describeTasks();
    }

    @Override
    public void abort(String reason) {
        delegate.abort(reason);
    }
}
