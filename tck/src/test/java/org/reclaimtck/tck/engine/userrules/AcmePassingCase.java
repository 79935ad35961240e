package org.reclaimtck.tck.engine.userrules;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;

/** Judged by the implementer's rule ACME-2, which it passes. */
@TckCase(suite = "acme", id = "finishes", rules = AcmeRules.ACME_2, maxSeeds = 1)
public final class AcmePassingCase implements KernelCase {
    @Override
    public void workload(Kernel kernel) {
        kernel.spawn("acme0", () -> { });
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED, () -> "the run ended " + run.outcome().kind());
    }
}
