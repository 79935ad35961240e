package org.reclaimtck.tck.suites.deadlock;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;

/**
 * S11 (2019/2020 thread): dd writes through loop0 on a slow disk while memory is short; kswapd meets bufio0's
 * dirty buffers. A dm-bufio shrinker that writes and waits in kswapd blocks every reclaimer behind it:
 * variants {@code dm-bufio=gfp-fs} and {@code dm-bufio=gfp-io}.
 */
@TckCase(suite = "deadlock", id = "s11-kswapd-blocked-in-shrinker", rules = {RuleIds.FP_1, RuleIds.DL_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class S11KswapdShrinkerCase extends StorageCase {
    public S11KswapdShrinkerCase() {
        super(StorageScenarios::s11, true, StorageScenarios.S11_DISK_LATENCY_MICROS);
    }
}
