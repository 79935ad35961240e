package org.reclaimtck.tck.suites.oom;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * The OOM deadlock the reaper exists for (v4.6): {@code tar} holds an inode lock and needs memory; {@code memhog},
 * the biggest task, sleeps uninterruptibly on that lock, so SIGKILL cannot end it; {@code worker}'s fault invokes
 * the OOM killer, which picks memhog. The reaper frees memhog's anonymous memory, tar finishes and unlocks;
 * variant {@code oom:no-reaper} leaves every allocator waiting for a victim that cannot exit.
 */
@TckCase(suite = "forward-progress", id = "oom-victim-in-uninterruptible-wait", rules = {RuleIds.OOM_2},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.OOM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class OomReaperCase extends OomCase {
    /**
     * Hung after 3 s, past OOM-2's 2 s bound, at HZ=100: a stuck victim ends the run soon after the rule is broken,
     * and the allocators' one-jiffy retries while they wait for it are 10 ms apart.
     */
    @Override
    public void machine(MachineSpec.Builder machine) {
        super.machine(machine);
        machine.hungTaskTimeoutSecs(3).hz(100);
    }

    @Override
    public void workload(Kernel k) {
        Mutex inodeLock = k.runtime().mutex("inode_lock(A:/data)", "&sb->s_type->i_mutex_key");
        k.spawn("tar", () -> {
            inodeLock.lock();
            k.runtime().msleep(10);
            k.mm().faultInAnon(MEMORY_PAGES / 4);
            inodeLock.unlock();
        });
        k.spawn("memhog", () -> {
            k.mm().faultInAnon(MEMORY_PAGES / 2);
            k.runtime().msleep(2);
            inodeLock.lock();
            inodeLock.unlock();
        });
        k.spawn("worker", () -> {
            k.runtime().msleep(5);
            k.mm().faultInAnon(MEMORY_PAGES / 2);
        });
    }
}
