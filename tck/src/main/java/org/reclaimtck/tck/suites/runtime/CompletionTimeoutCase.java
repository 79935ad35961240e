package org.reclaimtck.tck.suites.runtime;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** RT-4: wait_for_completion_timeout(reply, 50) with no completer returns 0 after exactly 50 jiffies. */
@TckCase(suite = "runtime", id = "completion-timeout", rules = RuleIds.RT_4)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CompletionTimeoutCase implements KernelCase {
    private static final long TIMEOUT = 50;
    private volatile long elapsed = -1;
    private volatile long left = -1;

    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Completion reply = rt.completion("reply");
        kernel.spawn("requester", () -> {
            long start = rt.clock().jiffies();
            left = reply.waitForCompletionTimeout(TIMEOUT);
            elapsed = rt.clock().jiffies() - start;
        });
    }

    @Override
    public void check(CaseRun run) {
        TimedWait.check(run, "wait_for_completion_timeout(reply, " + TIMEOUT + ")", TIMEOUT, elapsed);
        run.require(left == 0, () -> "wait_for_completion_timeout(reply, " + TIMEOUT + ") timed out but returned "
                + left + " instead of 0");
    }
}
