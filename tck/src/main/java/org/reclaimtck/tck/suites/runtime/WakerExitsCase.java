package org.reclaimtck.tck.suites.runtime;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * RT-3: the submitter, declared as the waker of io_done, exits on an error path without calling complete();
 * the waiter sleeps in wait_for_completion(io_done) forever.
 */
@TckCase(suite = "runtime", id = "waker-exits", rules = RuleIds.RT_3)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WakerExitsCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Completion ioDone = rt.completion("io_done");
        kernel.spawn("waiter", ioDone::waitForCompletion);
        Task submitter = kernel.spawn("submitter", rt::condResched);
        ioDone.wokenBy(() -> List.of(submitter));
    }

    @Override
    public void check(CaseRun run) {
        OrphanWait.check(run, "waiter", "io_done");
    }
}
