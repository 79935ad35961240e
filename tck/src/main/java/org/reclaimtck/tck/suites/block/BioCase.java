package org.reclaimtck.tck.suites.block;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.rules.BlockRules;

/** Three tasks {@code dd0..dd2} each write 6 sectors and read 2 back through the device under test, each bio waited for. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public abstract class BioCase implements KernelCase {
    private final boolean stacked;
    private String device;

    protected BioCase(boolean stacked) {
        this.stacked = stacked;
    }

    @Override
    public void machine(MachineSpec.Builder machine, PartsUnderTest parts) {
        device = BlockStack.machine(machine, parts, stacked);
    }

    @Override
    public void workload(Kernel kernel) {
        ddTasks(kernel, device, 6);
    }

    /** Tasks {@code dd0..dd2}, each writing {@code writes} sectors to {@code device} and reading 2 back, waiting for each. */
    static void ddTasks(Kernel kernel, String device, int writes) {
        for (int t = 0; t < 3; t++) {
            int base = 64 * t;
            kernel.spawn("dd" + t, () -> {
                BlockDevice dev = kernel.storage().blockDevice(device);
                for (int i = 0; i < writes; i++) {
                    dev.submitBioWait(BioOp.WRITE, base + 8L * i);
                }
                dev.submitBioWait(BioOp.READ, base);
                dev.submitBioWait(BioOp.READ, base + 8);
            });
        }
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        List<String> problems;
        if (run.rule().equals(BlockRules.BLK_1)) {
            problems = BlockJudge.exactlyOnce(run.result(), device);
        } else if (run.rule().equals(BlockRules.BLK_2)) {
            problems = BlockJudge.attributed(run.result(), device);
        } else if (run.rule().equals(BlockRules.BLK_3)) {
            problems = device.equals(BlockStack.DISK) ? List.of()
                    : BlockJudge.afterLower(run.result(), device, Set.of(BlockStack.DISK));
        } else {
            throw new IllegalStateException(run.caseId() + " does not check " + run.rule().id());
        }
        List<String> p = problems;
        run.require(p.isEmpty(), () -> p.size() + " bio(s):\n  " + String.join("\n  ", p.subList(0, Math.min(5, p.size()))));
    }
}
