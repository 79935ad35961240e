package org.reclaimtck.tck.rcu;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.suites.rcu.RcuJudge;

/**
 * A broken RCU reader: {@code lookup} takes a mutex inside its read-side critical section while {@code owner} holds
 * it for 2 ms, so it sleeps there; {@code updater}'s synchronize_rcu waits behind the sleep. The run completes, and
 * RCU-1 must still report the sleep.
 */
@TckCase(suite = "selftest", id = "sleep-in-rcu-read-section", rules = {RuleIds.RCU_1}, maxSeeds = 1)
public final class SleepInReadSectionCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        Mutex lock = kernel.runtime().mutex("dentry_lock", "dentry_lock");
        kernel.spawn("owner", () -> {
            lock.lock();
            kernel.runtime().msleep(2);
            lock.unlock();
        });
        kernel.spawn("lookup", () -> {
            kernel.runtime().msleep(1);
            kernel.rcu().readLock();
            lock.lock();
            lock.unlock();
            kernel.rcu().readUnlock();
        });
        kernel.spawn("updater", () -> {
            kernel.runtime().msleep(1);
            kernel.rcu().synchronizeRcu();
        });
    }

    @Override
    public void check(CaseRun run) {
        var found = new RcuJudge(run.result().trace()).sleepsInReadSections();
        run.require(found.isEmpty(), () -> String.join("\n", found));
    }
}
