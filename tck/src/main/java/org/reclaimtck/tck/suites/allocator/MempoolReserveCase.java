package org.reclaimtck.tck.suites.allocator;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.mm.Mempool;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.MempoolRules;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * A mempool's reserve under a memory shortage: on a 4 MiB machine with nothing reclaimable, {@code memhog} creates
 * {@code fs_bio_set} (as a module's init) and then, every millisecond until the writers are done (for at most 1 s),
 * takes every free page the fast path gives; {@code dd0}..{@code dd3} each take an element of {@code fs_bio_set} (2 reserved, order 0)
 * with {@code GFP_NOIO}, hold it 2 ms as a bio in flight and free it, 8 times. The backing allocator fails, the
 * reserve runs dry, and a freed element that went back to the allocator would be {@code memhog}'s: writers must wait
 * for elements the others free into the reserve. Every allocation must return one, and a free must wake a waiter
 * rather than leave it to its 5 s timeout (MEMPOOL-1); no writer may hold two (MEMPOOL-2).
 */
@TckCase(suite = "allocator", id = "mempool-reserve", rules = {RuleIds.MEMPOOL_1, RuleIds.MEMPOOL_2},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.MEMPOOL})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class MempoolReserveCase implements KernelCase {
    static final String POOL = "fs_bio_set";
    static final int WRITERS = 4;
    static final int REQUESTS = 8;
    /** How long memhog keeps taking freed pages: well past the writers' 64 ms of I/O, well short of a 5 s wait. */
    static final int HOG_MS = 1000;

    private Mempool pool;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(AllocatorCase.PAGES);
    }

    @Override
    public void workload(Kernel kernel) {
        Completion full = kernel.runtime().completion("memory full");
        int[] running = {WRITERS};
        List<Long> hogged = new ArrayList<>();
        kernel.spawn("memhog", () -> {
            pool = kernel.mempools().createPagePool(POOL, 2, 0);
            hog(kernel, hogged);
            full.completeAll();
            for (int ms = 0; ms < HOG_MS && running[0] > 0; ms++) {
                kernel.runtime().msleep(1);
                hog(kernel, hogged);
            }
            hogged.forEach(pfn -> kernel.pageAllocator().freePages(pfn, 0));
        });
        for (int i = 0; i < WRITERS; i++) {
            kernel.spawn("dd" + i, () -> {
                full.waitForCompletion();
                for (int r = 0; r < REQUESTS; r++) {
                    long element = pool.alloc(Gfp.GFP_NOIO);
                    if (element >= 0) {
                        kernel.runtime().msleep(2);
                        pool.free(element);
                    }
                }
                running[0]--;
            });
        }
    }

    /** Takes every page the fast path gives. */
    private static void hog(Kernel kernel, List<Long> hogged) {
        for (long pfn; (pfn = kernel.pageAllocator().allocPages(Gfp.GFP_NOWAIT, 0)) >= 0; ) {
            hogged.add(pfn);
        }
    }

    @Override
    public void check(CaseRun run) {
        MempoolJudge judge = new MempoolJudge(run.result(), POOL);
        if (run.rule().equals(MempoolRules.MEMPOOL_2)) {
            judge.checkNoNestedAllocation(run);
            return;
        }
        List<String> failed = judge.blockingFailures();
        run.require(failed.isEmpty(), () -> failed.size() + " blocking mempool_alloc call(s) returned NULL:\n  "
                + String.join("\n  ", failed.subList(0, Math.min(5, failed.size()))));
        List<String> unwoken = judge.freesThatWokeNobody();
        run.require(unwoken.isEmpty(), () -> unwoken.size() + " wait(s) on " + POOL + " outlasted a free:\n  "
                + String.join("\n  ", unwoken.subList(0, Math.min(3, unwoken.size()))));
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED, () -> "the writers did not all finish: "
                + run.outcome());
        long served = judge.elementsHandedOut();
        run.require(served == (long) WRITERS * REQUESTS, () -> "the writers asked " + WRITERS * REQUESTS
                + " times, but " + POOL + " handed out " + served + " elements");
    }
}
