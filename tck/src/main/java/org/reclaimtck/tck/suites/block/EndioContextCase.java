package org.reclaimtck.tck.suites.block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * BLK-5 on the block layer: three tasks {@code dd0..dd2} each write 4 sectors and read 2 through {@code blk0}, the
 * kit's {@link EndioContextDriver}, whose worker kthread {@code blk0} ends half the bios itself and half from a timer
 * (softirq). Every {@code block_bio_complete} must name the context that called {@code bio_endio}.
 */
@TckCase(suite = "block-device", id = "endio-context", rules = RuleIds.BLK_5,
        requires = {Capability.RUNTIME, Capability.BLOCK})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class EndioContextCase implements KernelCase {
    static final String DEVICE = "blk0";

    private EndioContextDriver driver;

    @Override
    public void machine(MachineSpec.Builder machine) {
        driver = new EndioContextDriver();
        machine.register(driver);
        machine.stack(StackSpec.builder().blockDevice(EndioContextDriver.TYPE, DEVICE, Map.of()).build());
    }

    @Override
    public void workload(Kernel kernel) {
        BioCase.ddTasks(kernel, DEVICE, 4);
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        List<String> problems = new ArrayList<>();
        Set<Long> traced = new HashSet<>();
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.BioCompleted c && c.device().equals(DEVICE)) {
                traced.add(c.bio());
                String ran = driver.endedBy().get(c.bio());
                if (ran == null) {
                    problems.add("bio #" + c.bio() + " on " + DEVICE + " was traced completed but " + DEVICE
                            + "'s driver never called bio_endio for it: " + c.render());
                } else if (!ran.equals(c.task())) {
                    problems.add("bio #" + c.bio() + " on " + DEVICE + ": bio_endio ran in " + describe(ran)
                            + " but block_bio_complete names '" + c.task() + "': " + c.render());
                }
            }
        }
        driver.endedBy().keySet().stream().filter(id -> !traced.contains(id)).forEach(id -> problems.add("bio #" + id
                + " on " + DEVICE + ": bio_endio ran in " + describe(driver.endedBy().get(id))
                + " but no block_bio_complete was traced"));
        run.require(!driver.endedBy().isEmpty(), () -> DEVICE + "'s driver ended no bio");
        run.require(problems.isEmpty(), () -> problems.size() + " completion(s):\n  "
                + String.join("\n  ", problems.subList(0, Math.min(5, problems.size()))));
    }

    private static String describe(String context) {
        return context.equals("softirq") ? "softirq (a timer callback)" : "task " + context;
    }
}
