package org.reclaimtck.tck.suites.runtime;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** RT-7: model code in task "oops" hits a BUG() (an IllegalStateException) inside submitBrokenRequest(). */
@TckCase(suite = "runtime", id = "task-exception", rules = RuleIds.RT_7,
        judgesAbnormalEnds = true)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TaskExceptionCase implements KernelCase {
    static final String BUG = "kernel BUG at drivers/block/fake.c:42!";

    @Override
    public void workload(Kernel kernel) {
        kernel.spawn("oops", TaskExceptionCase::submitBrokenRequest);
    }

    static void submitBrokenRequest() {
        throw new IllegalStateException(BUG);
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome() instanceof Outcome.ImplementationError, () -> "an IllegalStateException escaped"
                + " task oops, but the run ended " + run.outcome().kind());
        Outcome.ImplementationError e = (Outcome.ImplementationError) run.outcome();
        run.require(e.task().equals("oops"), () -> "the implementation error names task " + e.task() + ", not oops");
        run.require(e.exception().contains(IllegalStateException.class.getName()) && e.exception().contains(BUG),
                () -> "the implementation error shows exception '" + e.exception() + "', not the"
                        + " IllegalStateException: " + BUG);
        run.require(e.stack().contains("submitBrokenRequest"), () -> "the implementation error's stack does not show"
                + " where it was thrown (submitBrokenRequest):\n" + e.stack());
    }
}
