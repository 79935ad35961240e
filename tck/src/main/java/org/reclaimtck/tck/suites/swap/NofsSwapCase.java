package org.reclaimtck.tck.suites.swap;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.suites.oom.OomJudge;

/**
 * S7: sustained GFP_NOFS pressure with a large anonymous working set and a swap device. On a 4 MiB machine with no
 * page cache and 16 MiB of swap on {@code /dev/vdb} (queue depth 8, 1 ms a request, so kswapd's swap-out
 * lags), {@code memhog} faults in all but 60 pages and holds them 500 ms;
 * {@code xfs_io} in a {@code memalloc_nofs_save} scope then allocates 700 pages with GFP_KERNEL, more than kswapd
 * frees ahead of it, so it reclaims directly with an effective GFP_NOFS: the only reclaimable memory is memhog's anon,
 * which the kernel's NOFS reclaim swaps (K-VMSCAN-4: __GFP_IO suffices) and {@code gfp-policy:merged-noio-nofs} cannot.
 * OOM-1 holds too: with free swap slots memhog's anon is reclaimable, so an OOM kill here is premature.
 */
@TckCase(suite = "forward-progress", id = "nofs-swap", rules = {RuleIds.SWAP_1, RuleIds.OOM_1},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.BLOCK, Capability.OOM, Capability.SWAP})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class NofsSwapCase implements KernelCase {
    /** 4 MiB: min watermark 64 pages. */
    static final long MEMORY_PAGES = 1024;

    @Override
    public void machine(MachineSpec.Builder machine) {
        S7Workload.machine(machine, MEMORY_PAGES);
    }

    @Override
    public void workload(Kernel k) {
        S7Workload.spawn(k, MEMORY_PAGES - 60, 700);
    }

    @Override
    public void check(CaseRun run) {
        if (run.rule().id().equals(RuleIds.OOM_1)) {
            OomJudge.check(run);
            return;
        }
        SwapJudge.check(run);
    }
}
