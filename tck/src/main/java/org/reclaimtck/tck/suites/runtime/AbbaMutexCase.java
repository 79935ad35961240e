package org.reclaimtck.tck.suites.runtime;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.oracles.DeadlockOracle;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.rules.RuntimeRules;

/**
 * RT-2 (and RT-1): a deterministic ABBA. task-a holds mutex a and task-b holds mutex b; each signals its
 * completion and waits for the other's, so each then blocks in mutex_lock() on the other's mutex. Every
 * seed deadlocks.
 */
@TckCase(suite = "runtime", id = "abba-mutex", rules = {RuleIds.RT_2, RuleIds.RT_1})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class AbbaMutexCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Mutex a = rt.mutex("a", "abba_lock_a");
        Mutex b = rt.mutex("b", "abba_lock_b");
        Completion aHolds = rt.completion("a_holds");
        Completion bHolds = rt.completion("b_holds");
        Task ta = kernel.spawn("task-a", () -> side(a, b, aHolds, bHolds));
        Task tb = kernel.spawn("task-b", () -> side(b, a, bHolds, aHolds));
        aHolds.wokenBy(() -> List.of(ta));
        bHolds.wokenBy(() -> List.of(tb));
    }

    private static void side(Mutex mine, Mutex theirs, Completion iHold, Completion theyHold) {
        mine.lock();
        iHold.complete();
        theyHold.waitForCompletion();
        theirs.lock();
        theirs.unlock();
        mine.unlock();
    }

    @Override
    public void check(CaseRun run) {
        if (run.rule().equals(RuntimeRules.RT_1)) {
            SameTraceOnRerun.check(run);
            return;
        }
        Optional<String> contradiction = DeadlockOracle.judge(run.result());
        contradiction.ifPresent(c -> {
            throw run.violation(c);
        });
        run.require(run.outcome() instanceof Outcome.Deadlock, () -> "task-a and task-b each hold one mutex and"
                + " wait in mutex_lock() for the other's, but the run ended " + run.outcome().kind());
    }
}
