package org.reclaimtck.tck.engine.pins;

import java.util.Map;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** A case that registers its own module type and fails when the module runs in its buggy variant. */
@TckCase(suite = "pins", id = "own-part", rules = RuleIds.DL_1, maxSeeds = 1)
public final class OwnPartCase implements KernelCase {
    private String variant;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.register(new OwnModuleType()).stack(StackSpec.builder().module("acme-mod", "m0", Map.of()).build());
    }

    @Override
    public void workload(Kernel kernel) {
        variant = kernel.storage().module("m0", OwnModuleType.Loaded.class).variant();
        kernel.spawn("true", () -> { });
    }

    @Override
    public void check(CaseRun run) {
        run.require(variant.equals("fixed"), () -> "acme-mod m0 ran in variant " + variant);
    }
}
