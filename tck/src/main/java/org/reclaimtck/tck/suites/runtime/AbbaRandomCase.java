package org.reclaimtck.tck.suites.runtime;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.oracles.DeadlockOracle;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * RT-2: an ABBA left to the scheduler. task-a takes a then b, task-b takes b then a, with a cond_resched()
 * between; only some seeds interleave into the deadlock. Whenever the trace ends in a cycle, the outcome must
 * be a deadlock naming it; otherwise the run must complete.
 */
@TckCase(suite = "runtime", id = "abba-random", rules = RuleIds.RT_2)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class AbbaRandomCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Mutex a = rt.mutex("a", "abba_lock_a");
        Mutex b = rt.mutex("b", "abba_lock_b");
        kernel.spawn("task-a", () -> nested(rt, a, b));
        kernel.spawn("task-b", () -> nested(rt, b, a));
    }

    private static void nested(KernelRuntime rt, Mutex first, Mutex second) {
        first.lock();
        rt.condResched();
        second.lock();
        second.unlock();
        first.unlock();
    }

    @Override
    public void check(CaseRun run) {
        DeadlockOracle.judge(run.result()).ifPresent(c -> {
            throw run.violation(c);
        });
        OutcomeKind kind = run.outcome().kind();
        run.require(kind == OutcomeKind.COMPLETED || kind == OutcomeKind.DEADLOCK, () -> "an ABBA over two mutexes"
                + " either completes or deadlocks, but the run ended " + kind);
    }
}
