package org.reclaimtck.tck.swap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.suites.swap.NofsSwapCase;
import org.reclaimtck.tck.suites.swap.PolicyMetrics;

/**
 * The S7 policy comparison's measures on the same workload and seeds: the kernel's NOFS reclaim swaps; with NOIO
 * merged into NOFS only kswapd does, and the NOFS reclaimer frees what kswapd already wrote.
 */
class PolicyMetricsTest {
    private static PolicyMetrics measure(String policy, int seeds) {
        PolicyMetrics sum = new PolicyMetrics(0, 0, 0, 0, 0, 0, 0);
        for (long seed = 1; seed <= seeds; seed++) {
            NofsSwapCase c = new NofsSwapCase();
            MachineSpec.Builder b = MachineSpec.builder().seed(seed).variant("gfp-policy", policy);
            c.machine(b);
            Kernel k = new ReferenceKernelProvider().boot(b.build());
            c.workload(k);
            sum = sum.plus(PolicyMetrics.of(k.run().trace()));
        }
        return sum;
    }

    @Test
    void theKernelsNofsReclaimSwapsAndTheMergedPolicysNever() {
        PolicyMetrics kernel = measure("kernel", 8);
        PolicyMetrics merged = measure("merged-noio-nofs", 8);

        assertThat(kernel.nofsDirectReclaims()).isPositive();
        assertThat(merged.nofsDirectReclaims()).isPositive();
        assertThat(kernel.nofsSwapOuts()).isPositive();
        assertThat(merged.nofsSwapOuts()).as("a NOFS reclaimer with __GFP_IO cleared never adds to swap").isZero();
        assertThat(kernel.oomKills()).isZero();
        assertThat(merged.oomKills()).isZero();
    }
}
