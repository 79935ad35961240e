package com.acme.tck;

import com.acme.rules.AcmeRules;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.workloads.ReclaimProbe;

/**
 * The record cache under the kit's reclaim probe, ample memory: {@code acmectl} caches 256 dirty records of A, then
 * {@code memory.reclaim} runs reclaim once inside {@code memalloc_noio_save}, once inside {@code memalloc_nofs_save} and
 * once with {@code GFP_KERNEL}. {@code acme-cache:no-fs-check} starts a transaction on A from the NOIO and NOFS
 * passes (SCOPE-3, seen by the VFS); {@code acme-cache:report-count} reports more freed than asked (ACME-1).
 */
@TckCase(suite = "acme", id = "cache-reclaim-probe", rules = {"SCOPE-3", "SCOPE-4", "SCOPE-5", AcmeRules.ACME_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
public final class AcmeCacheProbeCase extends AcmeCase {
    public AcmeCacheProbeCase() {
        super(false);
    }

    @Override
    public void workload(Kernel kernel) {
        Completion cached = kernel.runtime().completion("records cached");
        AcmeTasks.populateCache(kernel, 256, cached);
        ReclaimProbe.spawn(kernel, cached);
    }
}
