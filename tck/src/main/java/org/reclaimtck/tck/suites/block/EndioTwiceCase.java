package org.reclaimtck.tck.suites.block;

import java.util.HashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * BLK-4 on the block layer: task {@code dd0} writes one sector to {@code blk0}, the kit's {@link EndioTwiceDriver},
 * which ends the bio twice in its {@code submit_bio}. The block layer must refuse the second {@code bio_endio}: the
 * run ends as an implementation error (the kernel's BUG) of {@code dd0}, the task that called it, and the trace shows
 * one completion of the bio.
 */
@TckCase(suite = "block-device", id = "endio-twice", rules = RuleIds.BLK_4,
        requires = {Capability.RUNTIME, Capability.BLOCK}, judgesAbnormalEnds = true)
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class EndioTwiceCase implements KernelCase {
    static final String DEVICE = "blk0";

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.register(new EndioTwiceDriver());
        machine.stack(StackSpec.builder().blockDevice(EndioTwiceDriver.TYPE, DEVICE, Map.of()).build());
    }

    @Override
    public void workload(Kernel kernel) {
        kernel.spawn("dd0", () -> kernel.storage().blockDevice(DEVICE).submitBioWait(BioOp.WRITE, 0));
    }

    @Override
    public void check(CaseRun run) {
        Map<Long, Integer> completions = new HashMap<>();
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.BioCompleted c && c.device().equals(DEVICE)
                    && completions.merge(c.bio(), 1, Integer::sum) == 2) {
                run.require(false, () -> "the block layer accepted a second bio_endio of bio #" + c.bio() + " on "
                        + DEVICE + " and traced it: " + c.render() + " (the run ended " + run.outcome().kind() + ")");
            }
        }
        run.require(run.outcome() instanceof Outcome.ImplementationError, () -> DEVICE + "'s driver called"
                + " bio_endio twice for its first bio, but the run ended " + run.outcome().kind() + ": the block layer"
                + " must refuse the second bio_endio as a BUG of the task that called it (dd0)");
        Outcome.ImplementationError bug = (Outcome.ImplementationError) run.outcome();
        run.require(bug.task().equals("dd0"), () -> "the second bio_endio ran in task dd0 (in " + DEVICE
                + "'s submit_bio), but the implementation error names task " + bug.task() + ": " + bug.exception());
        run.require(completions.size() == 1, () -> "the bio's first bio_endio was not traced as block_bio_complete");
    }
}
