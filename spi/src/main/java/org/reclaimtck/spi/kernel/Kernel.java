package org.reclaimtck.spi.kernel;

import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.reclaim.Reclaim;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.task.Task;

/**
 * A booted kernel: its parts and one run. A case spawns its workload's tasks, then calls
 * {@link #run()} once from outside the model (the TCK's thread).
 */
public interface Kernel {
    MachineSpec spec();

    /** The runtime primitives and the current task. */
    KernelRuntime runtime();

    /** Spawns a user task of the workload; see {@link KernelRuntime#spawn}. */
    default Task spawn(String comm, Runnable body) {
        return runtime().spawn(comm, body);
    }

    /** The page allocator; providers without {@link Capability#PAGE_ALLOCATOR} throw. */
    default PageAllocator pageAllocator() {
        throw new UnsupportedOperationException("this provider has no page allocator (Capability.PAGE_ALLOCATOR)");
    }

    /** The shrinker registry; providers without {@link Capability#SHRINKERS} throw. */
    default ShrinkerRegistry shrinkers() {
        throw new UnsupportedOperationException("this provider has no shrinkers (Capability.SHRINKERS)");
    }

    /** Proactive reclaim ({@code memory.reclaim}); providers without {@link Capability#RECLAIM} throw. */
    default Reclaim reclaim() {
        throw new UnsupportedOperationException("this provider has no proactive reclaim (Capability.RECLAIM)");
    }

    /** The storage stack of {@link MachineSpec#stack()}; providers without {@link Capability#BLOCK} throw. */
    default Storage storage() {
        throw new UnsupportedOperationException("this provider has no storage stack (Capability.BLOCK)");
    }

    /**
     * Anonymous memory of user tasks (faults, munmap, oom_score_adj); providers without {@link Capability#OOM}
     * throw.
     */
    default org.reclaimtck.spi.mm.Mm mm() {
        throw new UnsupportedOperationException("this provider has no anonymous memory (Capability.OOM)");
    }

    /** cgroup v2's memory controller (memory.max, cgroup.procs); providers without {@link Capability#MEMCG} throw. */
    default org.reclaimtck.spi.mm.MemoryCgroups memcg() {
        throw new UnsupportedOperationException("this provider has no memory cgroups (Capability.MEMCG)");
    }

    /** {@code mempool_create_page_pool}: memory pools with a reserve (Capability.MEMPOOL). */
    default org.reclaimtck.spi.mm.Mempools mempools() {
        throw new UnsupportedOperationException("this provider has no mempools (Capability.MEMPOOL)");
    }

    /** RCU: read-side sections, {@code synchronize_rcu}, {@code call_rcu}, {@code kvfree_rcu} (Capability.RCU). */
    default org.reclaimtck.spi.rcu.Rcu rcu() {
        throw new UnsupportedOperationException("this provider has no RCU (Capability.RCU)");
    }

    /** Runs the workload to its end; may be called once. Never throws for a model failure: see the outcome. */
    RunResult run();

    /** The state of every task now (name, state, what it waits on): safe to call from any thread. */
    String describeTasks();

    /** Stops a run from another thread (a watchdog): the run ends and its tasks unwind. */
    void abort(String reason);
}
