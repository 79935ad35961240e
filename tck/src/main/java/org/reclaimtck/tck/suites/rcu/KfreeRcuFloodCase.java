package org.reclaimtck.tck.suites.rcu;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.rcu.Rcu;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RcuRules;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * S10, RCU-deferred freeing under pressure: on a 4 MiB machine with nothing else reclaimable, {@code memhog} holds 300
 * anonymous pages; {@code freer} allocates a page with {@code GFP_KERNEL} and frees it with {@code kvfree_rcu}, 3,000
 * times (three times the machine); while it does, {@code reader} runs read-side critical sections of 20 scheduling
 * points each, one after the other (napping 1 ms after every 50, so time moves while {@code freer} sleeps), so grace
 * periods start while it is inside one and must wait for it. The memory {@code freer} frees returns only after a grace
 * period: reclaim must start it (RCU-2), it must not come back before a grace period has waited for the reader
 * (RCU-3), and nobody may sleep inside a section (RCU-1).
 */
@TckCase(suite = "forward-progress", id = "kfree-rcu-flood", rules = {RuleIds.RCU_1, RuleIds.RCU_2, RuleIds.RCU_3},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.OOM, Capability.RCU})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class KfreeRcuFloodCase implements KernelCase {
    static final long PAGES = 1024;
    static final int FREES = 3000;
    /** The reader naps 1 ms after this many sections, so virtual time moves while {@code freer} sleeps. */
    static final int SECTIONS_PER_NAP = 50;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(PAGES);
    }

    @Override
    public void workload(Kernel kernel) {
        Rcu rcu = kernel.rcu();
        kernel.spawn("memhog", () -> {
            kernel.mm().faultInAnon(300);
            kernel.runtime().msleep(10_000);
        });
        boolean[] flooding = {true};
        kernel.spawn("freer", () -> {
            try {
                for (int i = 0; i < FREES; i++) {
                    long pfn = kernel.pageAllocator().allocPages(Gfp.GFP_KERNEL, 0);
                    if (pfn < 0) {
                        return;
                    }
                    rcu.kfreeRcu(pfn, 0);
                }
            } finally {
                flooding[0] = false;
            }
        });
        kernel.spawn("reader", () -> {
            for (int s = 1; flooding[0]; s++) {
                rcu.readLock();
                for (int i = 0; i < 20; i++) {
                    kernel.runtime().condResched();
                }
                rcu.readUnlock();
                if (s % SECTIONS_PER_NAP == 0) {
                    kernel.runtime().msleep(1);
                } else {
                    kernel.runtime().condResched();
                }
            }
        });
    }

    @Override
    public void check(CaseRun run) {
        RcuJudge judge = new RcuJudge(run.result().trace());
        String what;
        List<String> found;
        if (run.rule().equals(RcuRules.RCU_1)) {
            what = " sleep(s) inside read-side critical sections";
            found = judge.sleepsInReadSections();
        } else if (run.rule().equals(RcuRules.RCU_2)) {
            what = " OOM kill(s) while kvfree_rcu pages waited on the batch";
            found = judge.killsWithPagesOnTheBatch();
        } else {
            what = " grace period(s) or kvfree_rcu batches that did not wait for the readers before them";
            found = judge.gracePeriodsThatDidNotWait();
        }
        run.require(found.isEmpty(), () -> found.size() + what + ":\n  "
                + String.join("\n  ", found.subList(0, Math.min(3, found.size()))));
    }
}
