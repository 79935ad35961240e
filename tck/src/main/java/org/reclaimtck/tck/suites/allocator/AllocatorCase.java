package org.reclaimtck.tck.suites.allocator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.mm.Watermarks;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.rules.AllocatorRules;
import org.reclaimtck.tck.rules.RuleDispatch;

/**
 * An allocator case: a 4 MiB machine without a storage stack (nothing reclaimable, so free pages change only by the
 * task's own requests), the allocator under test, and one task {@code memhog} whose requests the judge reads.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public abstract class AllocatorCase implements KernelCase {
    /** 1024 pages: MIN 64, LOW 80, HIGH 96 on the reference's watermark formula. */
    public static final long PAGES = 1024;

    private static final RuleDispatch<Function<Judged, List<String>>> CHECKS = RuleDispatch.of(Map.of(
            AllocatorRules.ALLOC_1, j -> j.judge.fastPathAtLow(),
            AllocatorRules.ALLOC_2, j -> j.judge.slowPathWakesKswapd(),
            AllocatorRules.ALLOC_3, j -> j.judge.slowPathAtMin(),
            AllocatorRules.ALLOC_4, j -> j.judge.reserves(),
            AllocatorRules.ALLOC_5, j -> j.judge.noReclaimUnderPfMemalloc(),
            AllocatorRules.ALLOC_6, j -> j.judge.mayFailRequestsFail(j.run.result()),
            AllocatorRules.ALLOC_7, j -> j.judge.nofail(),
            AllocatorRules.ALLOC_8, j -> j.judge.scopedMask(),
            AllocatorRules.ALLOC_9, j -> j.judge.nofsNoOom(j.run.result()),
            AllocatorRules.ALLOC_10, j -> j.judge.reclaimOnce()));

    private record Judged(AllocJudge judge, CaseRun run) {
    }

    protected AllocRecorder memhog;
    private Watermarks wmark;

    @Override
    public void machine(MachineSpec.Builder machine, PartsUnderTest parts) {
        machine.memoryPages(PAGES);
        if (!parts.allocator().isEmpty()) {
            machine.pageAllocator(parts.allocator());
        }
    }

    @Override
    public void workload(Kernel kernel) {
        memhog = new AllocRecorder(kernel, "memhog");
        wmark = kernel.pageAllocator().watermarks();
        kernel.spawn("memhog", () -> requests(kernel, memhog));
    }

    /** The task's requests, made through {@code rec}. */
    protected abstract void requests(Kernel kernel, AllocRecorder rec);

    @Override
    public void check(CaseRun run) {
        boolean oomRule = run.rule().equals(AllocatorRules.ALLOC_6) || run.rule().equals(AllocatorRules.ALLOC_9);
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED
                        || (oomRule && run.outcome().kind() == OutcomeKind.OUT_OF_MEMORY),
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        List<String> problems = CHECKS.of(run.rule(), run.caseId()).apply(new Judged(new AllocJudge(run.result(),
                memhog, wmark), run));
        run.require(problems.isEmpty(), () -> problems.size() + " request(s) broke it (zone: " + wmark + "):\n  "
                + String.join("\n  ", problems.subList(0, Math.min(5, problems.size()))));
    }
}
