package org.reclaimtck.tck.engine.pins;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** A case that pins a variant of a part nobody registered. */
@TckCase(suite = "pins", id = "bad-pin", rules = RuleIds.DL_1, maxSeeds = 1)
public final class BadPinCase implements KernelCase {
    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.variant("md", "raid1");
    }

    @Override
    public void workload(Kernel kernel) {
        kernel.spawn("true", () -> { });
    }

    @Override
    public void check(CaseRun run) {
    }
}
