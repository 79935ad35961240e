package org.reclaimtck.ref.scenario;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Completion;

class ScenarioExplorationTest {
    static RunResult s1(long seed, String bufio, boolean pressure) {
        MachineSpec spec = StorageScenarios.machine(seed, pressure).variant("dm-bufio", bufio).build();
        Kernel k = new ReferenceKernelProvider().boot(spec);
        Completion ready = k.runtime().completion("setup done");
        Completion cached = k.runtime().completion("page cache read");
        StorageScenarios.pageCache(k, 24, cached);
        StorageScenarios.dirtyBufio(k, 8, 56, ready);
        Completion full = k.runtime().completion("memory full");
        if (pressure) {
            StorageScenarios.hog(k, ready, full, 4, 1);
        } else {
            full.completeAll();
        }
        StorageScenarios.transactionAllocatesNofs(k, full, 16, 40);
        return k.run();
    }

    @Test
    void traceOne() {
        RunResult r = s1(1, "gfp-io", true);
        r.trace().stream().filter(e -> !e.task().equals("memhog") && e.render().matches(".*(reclaim|shrink|kswapd|xfs_io|WARNING|fail|log space|transaction).*"))
                .limit(200).forEach(e -> System.out.println(e.render()));
        System.out.println(r.outcome().describe());
        System.out.println(r.statistics());
    }

    @Test
    void explore() {
        for (String v : new String[] {"gfp-io", "gfp-fs", "async"}) {
            Map<String, Integer> kinds = new TreeMap<>();
            RunResult first = null;
            for (long seed = 1; seed <= 30; seed++) {
                RunResult r = s1(seed, v, true);
                kinds.merge(r.outcome().kind().name(), 1, Integer::sum);
                if (first == null && r.outcome().kind() != org.reclaimtck.spi.kernel.OutcomeKind.COMPLETED) {
                    first = r;
                }
            }
            System.out.println("S1 " + v + ": " + kinds);
            if (first != null) {
                System.out.println(first.outcome().describe());
            }
        }
    }
}
