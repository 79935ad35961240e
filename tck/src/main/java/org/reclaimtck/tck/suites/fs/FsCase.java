package org.reclaimtck.tck.suites.fs;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * A filesystem case: the type under test mounted as {@code A} on a disk {@code vda} (100 us a request) on ample
 * memory; the reference's {@code xfs} gets 16 log units and 512 inodes, another type no options.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public abstract class FsCase implements KernelCase {
    @Override
    public void machine(MachineSpec.Builder machine, PartsUnderTest parts) {
        Map<String, String> options = parts.filesystem().equals(StackSpec.DEFAULT_FS_TYPE)
                ? Map.of("log-units", String.valueOf(StorageStacks.LOG_UNITS), "max-inodes", "512") : Map.of();
        machine.stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100).mkfs(parts.filesystem(), "A", "vda", options)
                .build());
    }

    /** Fails unless the run completed, then unless {@code problems} is empty. */
    protected static void require(CaseRun run, List<String> problems) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        run.require(problems.isEmpty(), () -> problems.size() + " time(s):\n  "
                + String.join("\n  ", problems.subList(0, Math.min(5, problems.size()))));
    }
}
