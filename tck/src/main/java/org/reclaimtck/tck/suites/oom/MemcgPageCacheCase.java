package org.reclaimtck.tck.suites.oom;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * Page cache in a memcg: on a 16 MiB machine, {@code updatedb} in the root cgroup reads 300 pages of A's
 * {@code /var.db}; then {@code cat}, in the memcg {@code /job} of {@value #JOB_PAGES} pages, reads 600 pages of
 * {@code /data}, 16 at a time. Its clean page cache is charged to {@code /job} and on {@code /job}'s lruvec: memcg
 * reclaim frees it and nobody is killed (OOM-1 judges a memcg kill by the memcg's margin and LRU pages). Variant
 * {@code memcg:reclaim-root-lruvec} reclaims the root's lruvec instead and the memcg OOM kills {@code cat} while
 * {@code /job}'s own page cache is reclaimable.
 */
@TckCase(suite = "forward-progress", id = "memcg-page-cache", rules = {RuleIds.OOM_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.BLOCK,
                Capability.FILESYSTEM, Capability.OOM, Capability.MEMCG})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class MemcgPageCacheCase extends OomCase {
    /** memory.max of /job: 1 MiB. */
    static final long JOB_PAGES = 256;

    @Override
    public void machine(MachineSpec.Builder machine) {
        super.machine(machine);
        machine.memoryPages(4 * MEMORY_PAGES);
    }

    @Override
    public void workload(Kernel k) {
        k.memcg().create("/job", JOB_PAGES);
        SuperBlock a = k.storage().superBlock("A");
        Completion cached = k.runtime().completion("updatedb done");
        k.spawn("updatedb", () -> {
            a.readFile("/var.db", 0, 300);
            cached.completeAll();
        });
        k.spawn("cat", () -> {
            k.memcg().attach("/job");
            cached.waitForCompletion();
            for (int i = 0; i < 600; i += 16) {
                a.readFile("/data", i, 16);
                k.runtime().scheduleTimeoutKillable(0);
            }
        });
    }
}
