package org.reclaimtck.tck.suites.shrinker;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.reclaimtck.spi.block.BufioClient;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.rules.ShrinkerRules;

/**
 * On ample memory, {@code memory.reclaim} runs proactive reclaim once before anything is cached (every count must
 * be empty), then {@code setup} caches 32 unused inodes on A and (with the reference's dm-bufio) reads 8 blocks and
 * dirties 24 through {@code bufio0}; then {@code memory.reclaim} reclaims everything inside memalloc_noio_save(),
 * inside memalloc_nofs_save() and with GFP_KERNEL, so every shrinker is scanned in each context.
 */
@TckCase(suite = "shrinker", id = "reclaim-contexts", rules = {RuleIds.SHRINK_1, RuleIds.SHRINK_3, RuleIds.SHRINK_4,
        RuleIds.SHRINK_5},
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER,
                Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ShrinkerContextsCase implements KernelCase {
    static final String RECLAIMER = "memory.reclaim";

    private static final RuleDispatch<Function<RunResult, List<String>>> CHECKS = RuleDispatch.of(Map.of(
            ShrinkerRules.SHRINK_1, ShrinkerJudge::forbiddenWork,
            ShrinkerRules.SHRINK_3, ShrinkerJudge::consistent,
            ShrinkerRules.SHRINK_4, r -> ShrinkerJudge.emptyCounts(r, RECLAIMER),
            ShrinkerRules.SHRINK_5, ShrinkerLatency::judge));

    private PartsUnderTest parts;

    @Override
    public void machine(MachineSpec.Builder machine, PartsUnderTest parts) {
        this.parts = parts;
        ShrinkerStack.machine(machine, parts, 0, 100);
    }

    @Override
    public void workload(Kernel kernel) {
        Completion counted = kernel.runtime().completion("counted empty");
        Completion ready = kernel.runtime().completion("caches filled");
        kernel.spawn(RECLAIMER, () -> {
            kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 30);
            counted.complete();
            ready.waitForCompletion();
            try (MemallocScope s = kernel.runtime().current().memallocNoioSave()) {
                kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 30);
            }
            try (MemallocScope s = kernel.runtime().current().memallocNofsSave()) {
                kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 30);
            }
            kernel.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 1 << 30);
        });
        kernel.spawn("setup", () -> {
            counted.waitForCompletion();
            SuperBlock a = kernel.storage().superBlock("A");
            for (int i = 0; i < 32; i++) {
                a.iput(a.iget(100 + i));
            }
            if (ShrinkerStack.isDefault(parts)) {
                BufioClient c = kernel.storage().bufioClient("bufio0");
                for (int i = 0; i < 8; i++) {
                    c.release(c.read(i));
                }
                for (int i = 0; i < 24; i++) {
                    BufioClient.Buffer b = c.newBuffer(100 + i);
                    c.markBufferDirty(b);
                    c.release(b);
                }
            }
            ready.complete();
        });
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        List<String> problems = CHECKS.of(run.rule(), run.caseId()).apply(run.result());
        run.require(problems.isEmpty(), () -> problems.size() + " time(s); the first:\n  "
                + String.join("\n  ", problems.subList(0, Math.min(5, problems.size()))));
    }
}
