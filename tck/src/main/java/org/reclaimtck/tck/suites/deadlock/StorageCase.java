package org.reclaimtck.tck.suites.deadlock;

import java.util.function.BiConsumer;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.workloads.ScenarioCase;

/** A deadlock-suite case: a storage scenario judged by DL-1 and FP-1. */
abstract class StorageCase extends ScenarioCase {
    StorageCase(BiConsumer<Kernel, Boolean> scenario, boolean pressure, long diskLatencyMicros,
                String... pinnedVariant) {
        super(scenario, pressure, diskLatencyMicros, pinnedVariant);
    }

    @Override
    public final void check(CaseRun run) {
        StorageRun.check(run);
    }
}
