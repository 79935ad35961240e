package org.reclaimtck.tck.suites.rcu;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * S10's read-side-sleep rule in reclaim: on a 4 MiB machine a driver's page pool holds 256 pages behind a shrinker
 * whose {@code scan_objects} takes a mutex ({@link PoolShrinker}); {@code memhog} then faults in 850 anonymous pages
 * with no swap: more than the machine has beside the pool, so kswapd and its own direct reclaim must shrink the pool. Since v6.7 {@code shrink_slab} walks the
 * shrinker list locklessly under {@code rcu_read_lock()}, and must pin each shrinker ({@code shrinker_try_get}) and
 * leave the section before it calls it (K-SHRINK-3): a shrinker may sleep, and nobody may inside a section (RCU-1).
 */
@TckCase(suite = "forward-progress", id = "rcu-shrinker-walk", rules = {RuleIds.RCU_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.OOM, Capability.RCU})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class ShrinkerWalkCase implements KernelCase {
    static final long PAGES = 1024;
    static final int POOL_PAGES = 256;
    static final int ANON_PAGES = 850;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(PAGES);
    }

    @Override
    public void workload(Kernel kernel) {
        PoolShrinker pool = new PoolShrinker(kernel);
        kernel.shrinkers().registerShrinker(pool);
        kernel.spawn("memhog", () -> {
            pool.fill(POOL_PAGES);
            kernel.mm().faultInAnon(ANON_PAGES);
        });
    }

    @Override
    public void check(CaseRun run) {
        List<String> found = new RcuJudge(run.result().trace()).sleepsInReadSections();
        run.require(found.isEmpty(), () -> found.size() + " read-side critical section(s) with a sleep:\n  "
                + String.join("\n  ", found.subList(0, Math.min(3, found.size()))));
    }
}
