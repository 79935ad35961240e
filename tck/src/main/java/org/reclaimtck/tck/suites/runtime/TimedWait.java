package org.reclaimtck.tck.suites.runtime;

import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.tck.api.CaseRun;

/** The RT-4 check: the run completed, and a timed wait took the requested jiffies and at most one more. */
final class TimedWait {
    private TimedWait() {
    }

    static void check(CaseRun run, String wait, long requested, long elapsed) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED, () -> wait + " must end by itself, but the run"
                + " ended " + run.outcome().kind());
        run.require(elapsed >= requested && elapsed <= requested + 1, () -> wait + " asked for " + requested
                + " jiffies but jiffies advanced by " + elapsed + " (allowed: " + requested + ".." + (requested + 1)
                + ")");
        long endNanos = run.result().statistics().virtualNanos();
        run.require(endNanos > 0, () -> wait + " slept but virtual time at the end of the run is " + endNanos + " ns");
    }
}
