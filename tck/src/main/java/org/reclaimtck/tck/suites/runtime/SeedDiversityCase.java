package org.reclaimtck.tck.suites.runtime;

import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * RT-5: three tasks take and drop one mutex three times each, with cond_resched() between; 100 seeds must give
 * more than one distinct trace. Engine seed s sweeps seeds (s-1)*100+1 .. s*100, so one engine seed suffices.
 */
@TckCase(suite = "runtime", id = "seed-diversity", rules = RuleIds.RT_5, maxSeeds = 1)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SeedDiversityCase implements KernelCase {
    static final int SWEEP = 100;

    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        Mutex lock = rt.mutex("list_lock", "list_lock");
        for (int t = 1; t <= 3; t++) {
            kernel.spawn("racer-" + t, () -> {
                for (int i = 0; i < 3; i++) {
                    lock.lock();
                    lock.unlock();
                    rt.condResched();
                }
            });
        }
    }

    @Override
    public void check(CaseRun run) {
        long base = (run.seed() - 1) * SWEEP;
        Set<String> hashes = new HashSet<>();
        for (long s = base + 1; s <= base + SWEEP; s++) {
            hashes.add(run.runWithSeed(s).traceHash());
        }
        run.note("reclaimtck.distinct-trace-hashes", hashes.size() + " of " + SWEEP + " seeds (" + (base + 1) + ".."
                + (base + SWEEP) + ")");
        run.require(hashes.size() > 1, () -> "seeds " + (base + 1) + ".." + (base + SWEEP) + " of a racy workload"
                + " (3 tasks contending for list_lock) all produced the same trace " + hashes.iterator().next()
                + ": the scheduler ignores the seed");
    }
}
