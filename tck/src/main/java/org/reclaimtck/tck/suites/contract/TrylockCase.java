package org.reclaimtck.tck.suites.contract;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.runtime.RwSemaphore;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * One task takes a mutex and an rwsem by every trylock and every sleeping lock call, in a fixed order, and the
 * trace must tell them apart: lockdep records no dependency for a trylock, so the dependency oracle must know.
 */
@TckCase(suite = "trace-contract", id = "trylock", rules = RuleIds.TRACE_5)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TrylockCase implements KernelCase {
    /** (kind, trylock) of the task's acquisitions, in order. */
    static final List<String> EXPECTED = List.of("mutex trylock", "mutex lock", "rwsem(read) trylock",
            "rwsem(write) trylock", "rwsem(read) lock", "rwsem(write) lock");

    private final List<Boolean> tries = new ArrayList<>();

    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Mutex m = rt.mutex("sb->s_sync_lock", "&sb->s_sync_lock");
        RwSemaphore r = rt.rwsem("sb->s_umount", "&type->s_umount_key");
        kernel.spawn("sync", () -> {
            tries.add(m.tryLock());
            m.unlock();
            m.lock();
            m.unlock();
            tries.add(r.tryDownRead());
            r.upRead();
            tries.add(r.tryDownWrite());
            r.upWrite();
            r.downRead();
            r.upRead();
            r.downWrite();
            r.upWrite();
        });
    }

    @Override
    public void check(CaseRun run) {
        run.require(tries.equals(List.of(true, true, true)), () -> "an uncontended trylock failed: " + tries);
        List<String> seen = new ArrayList<>();
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.LockAcquired a && a.task().equals("sync") && a.kind() != LockKind.TRANSACTION) {
                seen.add(a.kind().label() + (a.trylock() ? " trylock" : " lock"));
            }
        }
        run.require(seen.equals(EXPECTED), () -> "sync's acquisitions were traced as " + seen + ", expected "
                + EXPECTED);
    }
}
