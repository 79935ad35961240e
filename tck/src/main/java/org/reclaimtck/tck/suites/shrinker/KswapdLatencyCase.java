package org.reclaimtck.tck.suites.shrinker;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.oracles.KswapdStallOracle;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageScenarios;
import org.reclaimtck.tck.workloads.StorageStacks;
import org.reclaimtck.tck.workloads.StorageTasks;

/**
 * S11's pressure on a slow disk (20 ms a request): with the reference's dm-bufio, {@code bufio0} holds 56 dirty
 * buffers behind loop0 while {@code memhog} presses memory and {@code dd} writes through loop0; with a selected
 * module type, {@code memhog} presses memory alone. kswapd runs every shrinker; none may hold it past one second
 * (SHRINK-2), and every shrinker's callbacks stay quick in every context (SHRINK-5).
 */
@TckCase(suite = "shrinker", id = "kswapd-latency", rules = {RuleIds.SHRINK_2, RuleIds.SHRINK_5},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.SHRINKERS,
                Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class KswapdLatencyCase implements KernelCase {
    /** The bound of SHRINK-2 (as FP-1's). */
    public static final long BOUND_NANOS = 1_000_000_000L;

    private PartsUnderTest parts;

    @Override
    public void machine(MachineSpec.Builder machine, PartsUnderTest parts) {
        this.parts = parts;
        ShrinkerStack.machine(machine, parts, StorageStacks.SMALL_MEMORY_PAGES, StorageScenarios.S11_DISK_LATENCY_MICROS);
    }

    @Override
    public void workload(Kernel kernel) {
        if (ShrinkerStack.isDefault(parts)) {
            StorageScenarios.s11(kernel, true);
            return;
        }
        Completion start = kernel.runtime().completion("start");
        start.complete();
        StorageTasks.hog(kernel, start, kernel.runtime().completion("memory full"), 2, 20);
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        if (run.rule().id().equals(RuleIds.SHRINK_5)) {
            List<String> problems = ShrinkerLatency.judge(run.result());
            run.require(problems.isEmpty(), () -> problems.size() + " time(s):\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(5, problems.size()))));
            return;
        }
        KswapdStallOracle.find(run.result(), BOUND_NANOS).ifPresent(stall -> {
            throw run.violation(stall.describe() + " (bound 1 s)", stall.waits());
        });
    }
}
