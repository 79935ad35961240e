package org.reclaimtck.tck.suites.oom;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.AnonTasks;
import org.reclaimtck.tck.workloads.StorageTasks;

/**
 * Sustained shortage: {@code cat} fills the page cache of A, {@code memhog} faults in twice the machine, a
 * {@code worker} faults in 128 pages beside it. Reclaim drains the page cache first; only then may the OOM killer
 * run, and its victim's memory must come back.
 */
@TckCase(suite = "forward-progress", id = "anon-oom", rules = {RuleIds.OOM_1, RuleIds.OOM_2},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.BLOCK,
                Capability.FILESYSTEM, Capability.OOM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class AnonOomCase extends OomCase {
    @Override
    public void workload(Kernel k) {
        StorageTasks.readIntoPageCache(k, 96);
        AnonTasks.hog(k, "memhog", 5, 2 * MEMORY_PAGES);
        k.spawn("worker", () -> {
            k.runtime().scheduleTimeoutKillable(k.runtime().clock().msecsToJiffies(10));
            k.mm().faultInAnon(128);
        });
    }
}
