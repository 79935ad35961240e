package org.reclaimtck.tck.suites.deadlock;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.dependency.DependencyReport;
import org.reclaimtck.tck.oracles.dependency.RecursiveLocking;

/** DEP-4's check on the dependency oracle's report: lockdep's plain circular and recursive locking reports. */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public final class LockOrderJudge {
    private LockOrderJudge() {
    }

    /** Throws DEP-4's violation for the first kind of finding the report has: lock-order cycles, then recursion. */
    public static void check(CaseRun run, DependencyReport report) {
        DependencyCase.requireNone(run, report.lockCycles(), "among lock classes alone");
        List<RecursiveLocking> rec = report.recursiveLocking();
        run.require(rec.isEmpty(), () -> rec.size() + " possible recursive locking" + (rec.size() == 1 ? "" : "s")
                + " (" + rec.stream().map(RecursiveLocking::toString).collect(Collectors.joining("; ")) + "):\n"
                + rec.stream().map(RecursiveLocking::report).collect(Collectors.joining("\n")));
    }
}
