package org.reclaimtck.tck.engine.userrules;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;

/** Judged by the implementer's rule ACME-1, which it always fails. */
@TckCase(suite = "acme", id = "reports-state", rules = AcmeRules.ACME_1, maxSeeds = 1)
public final class AcmeFailingCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        kernel.spawn("acme0", () -> { });
    }

    @Override
    public void check(CaseRun run) {
        run.require(false, () -> "acme0 never reported its state");
    }
}
