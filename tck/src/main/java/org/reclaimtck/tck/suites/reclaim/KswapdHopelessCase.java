package org.reclaimtck.tck.suites.reclaim;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * A 1024-page machine with nothing reclaimable: {@code memhog} fills it to MIN with GFP_NOWAIT, then 48 times asks
 * for one more page (the slow path tries to wake kswapd) and sleeps a jiffy so kswapd can run. Every kswapd run
 * reclaims nothing and the zone stays below HIGH, so after 16 runs kswapd is hopeless and must not be woken again.
 */
@TckCase(suite = "reclaim", id = "kswapd-hopeless", rules = RuleIds.RECLAIM_6,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class KswapdHopelessCase implements KernelCase {
    /** {@code MAX_RECLAIM_RETRIES}. */
    static final int MAX_RECLAIM_RETRIES = 16;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(1024);
    }

    @Override
    public void workload(Kernel kernel) {
        PageAllocator pages = kernel.pageAllocator();
        kernel.spawn("memhog", () -> {
            while (pages.allocPages(Gfp.GFP_NOWAIT, 0) >= 0) {
                // down to MIN
            }
            for (int i = 0; i < 48; i++) {
                pages.allocPages(Gfp.GFP_NOWAIT, 0);
                kernel.runtime().scheduleTimeoutUninterruptible(1);
            }
        });
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED,
                () -> "the run did not complete, so its trace cannot be judged: " + run.outcome());
        List<TraceEvent> wakes = new ArrayList<>();
        int runs = 0;
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.KswapdSleep) {
                runs++;
            } else if (e instanceof TraceEvent.KswapdWake w) {
                if (runs >= MAX_RECLAIM_RETRIES) {
                    throw run.violation("kswapd was woken after " + runs + " runs that reclaimed nothing on a zone"
                            + " that never reached HIGH (nothing is reclaimable): " + w.render());
                }
                wakes.add(w);
            }
        }
        run.require(!wakes.isEmpty(), () -> "memhog's slow-path requests never woke kswapd");
    }
}
