package org.reclaimtck.tck.suites.runtime;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** RT-1: three workers contend for one mutex and hand a completion around; a rerun with the same seed must match. */
@TckCase(suite = "runtime", id = "same-seed-same-trace", rules = RuleIds.RT_1)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class DeterminismCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Mutex lock = rt.mutex("stats_lock", "stats_lock");
        Completion ready = rt.completion("ready");
        for (int w = 1; w <= 3; w++) {
            int id = w;
            kernel.spawn("worker-" + w, () -> {
                for (int i = 0; i < 3; i++) {
                    lock.lock();
                    rt.condResched();
                    lock.unlock();
                    rt.condResched();
                }
                if (id == 1) {
                    ready.completeAll();
                } else {
                    ready.waitForCompletion();
                }
            });
        }
    }

    @Override
    public void check(CaseRun run) {
        SameTraceOnRerun.check(run);
    }
}
