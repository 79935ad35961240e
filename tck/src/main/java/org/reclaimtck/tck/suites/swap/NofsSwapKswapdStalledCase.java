package org.reclaimtck.tck.suites.swap;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.report.PolicyComparison;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * S7 with kswapd held up: on a 2 MiB machine with 16 MiB of swap on {@code /dev/vdb}, {@code memhog} faults in all
 * but 100 pages (no pressure yet) and holds them; {@code xfs_io} then allocates 250 pages with GFP_KERNEL in a
 * {@code memalloc_nofs_save} scope. kswapd, woken, waits 10 ms in the filesystem's inode shrinker
 * ({@link StalledInodeShrinker}), so the NOFS direct reclaimer is the only task that can swap memhog's anon out: the
 * kernel's NOFS reclaim does (K-VMSCAN-4), {@code gfp-policy:merged-noio-nofs} cannot and retries until kswapd comes
 * back. The report compares the policies on this workload ({@link PolicyMetrics}); SWAP-1 judges each run. At most 8
 * seeds: the merged policy's retries make its runs the slowest of the suite.
 */
@TckCase(suite = "forward-progress", id = "nofs-swap-kswapd-stalled", rules = {RuleIds.SWAP_1}, maxSeeds = 8,
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.BLOCK, Capability.OOM, Capability.SWAP})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class NofsSwapKswapdStalledCase implements KernelCase, PolicyComparison.Source {
    static final long MEMORY_PAGES = 512;
    static final long KSWAPD_STALL_MILLIS = 10;

    @Override
    public void machine(MachineSpec.Builder machine) {
        S7Workload.machine(machine, MEMORY_PAGES);
    }

    @Override
    public void workload(Kernel k) {
        k.shrinkers().registerShrinker(new StalledInodeShrinker(k, KSWAPD_STALL_MILLIS));
        S7Workload.spawn(k, MEMORY_PAGES - 100, 250);
    }

    @Override
    public void check(CaseRun run) {
        SwapJudge.check(run);
    }

    @Override
    public PolicyComparison comparison() {
        return PolicyMetrics.comparison("S7, NOFS allocations while kswapd waits in an fs shrinker");
    }
}
