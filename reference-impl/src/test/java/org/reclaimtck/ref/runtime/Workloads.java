package org.reclaimtck.ref.runtime;

import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;

/** Small workloads the runtime tests share. */
final class Workloads {
    private Workloads() {
    }

    static Kernel boot(long seed, TaskThreads threads) {
        return new ReferenceKernelProvider(threads).boot(MachineSpec.builder().seed(seed).build());
    }

    /** A, B lock a, b; each signals, waits for the other's signal, then takes the other's lock. */
    static RunResult forcedAbba(Kernel k) {
        KernelRuntime rt = k.runtime();
        Mutex a = rt.mutex("inode->i_rwsem", "&sb->s_type->i_mutex_key");
        Mutex b = rt.mutex("c->lock", "dm_bufio_client");
        Completion aHas = rt.completion("a_has_lock");
        Completion bHas = rt.completion("b_has_lock");
        k.spawn("task-a", () -> {
            a.lock();
            aHas.complete();
            bHas.waitForCompletion();
            b.lock();
            b.unlock();
            a.unlock();
        });
        k.spawn("task-b", () -> {
            b.lock();
            bHas.complete();
            aHas.waitForCompletion();
            a.lock();
            a.unlock();
            b.unlock();
        });
        return k.run();
    }

    /** Three tasks racing for one mutex, with a few scheduling points each. */
    static RunResult racy(Kernel k) {
        KernelRuntime rt = k.runtime();
        Mutex m = rt.mutex("m", "m_class");
        for (int i = 0; i < 3; i++) {
            k.spawn("racer" + i, () -> {
                for (int j = 0; j < 3; j++) {
                    m.lock();
                    rt.condResched();
                    m.unlock();
                }
            });
        }
        return k.run();
    }
}
