package org.reclaimtck.tck.suites.runtime;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** RT-3: a task sleeps in wait_for_completion() on a completion that no task and no timer will complete. */
@TckCase(suite = "runtime", id = "orphan-completion", rules = RuleIds.RT_3)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class OrphanCompletionCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        Completion probeDone = kernel.runtime().completion("probe_done");
        kernel.spawn("waiter", probeDone::waitForCompletion);
    }

    @Override
    public void check(CaseRun run) {
        OrphanWait.check(run, "waiter", "probe_done");
    }
}
