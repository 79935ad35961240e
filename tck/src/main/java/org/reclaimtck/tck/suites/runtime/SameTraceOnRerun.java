package org.reclaimtck.tck.suites.runtime;

import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.Determinism;

/** The RT-1 check any case can apply: boot again with the same seed and compare the trace hashes. */
final class SameTraceOnRerun {
    private SameTraceOnRerun() {
    }

    static void check(CaseRun run) {
        RunResult first = run.result();
        RunResult again = run.rerun();
        run.require(first.traceHash().equals(again.traceHash()), () -> "a second run of " + run.caseId()
                + " with seed " + run.seed() + " has trace hash " + again.traceHash() + ", the first "
                + first.traceHash() + " (" + first.outcome().kind() + " then " + again.outcome().kind() + ")\n"
                + "first divergence: " + Determinism.firstDivergence(first.trace(), again.trace()).orElse("none"));
    }
}
