package com.acme.tck;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ExploreTest {
    @Test
    void explore() {
        for (String v : new String[] {"", "acmefs:no-nofs", "acmeblk:gfp-kernel", "acme-cache:no-fs-check", "acme-cache:report-count"}) {
            long t0 = System.nanoTime();
            EngineExecutionResults r = TckRuns.run("explore-" + v.replace(':', '-'), Integer.getInteger("seeds", 4), v, TckRuns.CASES);
            System.out.println("== " + v + " " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + r.testEvents().succeeded().count() + " ok, " + r.testEvents().failed().count() + " failed, " + r.containerEvents().failed().count() + " container failures");
            TckRuns.violations(r).forEach(x -> System.out.println("   " + x.caseId() + " " + x.ruleId() + " seed " + x.seed() + " " + x.outcomeKind()));
            r.containerEvents().failed().stream().forEach(e -> System.out.println("CONTAINER " + TckRuns.throwable(e)));
        }
    }
}
