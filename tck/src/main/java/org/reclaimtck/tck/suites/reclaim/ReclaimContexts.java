package org.reclaimtck.tck.suites.reclaim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.model.ReclaimContext;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/** RECLAIM-3 and RECLAIM-5 on every {@code mm_shrink_slab_start}, from the trace's own replay ({@link TraceModel}). */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ReclaimContexts {
    /** What one check finds at one shrinker call, given the calling task's state just before it. */
    private interface ScanCheck {
        Optional<String> at(int position, TraceEvent.ShrinkerScanBegin scan, TaskModel task);
    }

    private ReclaimContexts() {
    }

    /** RECLAIM-3: each shrinker call's mask is its reclaim's mask (GFP_KERNEL in kswapd). */
    public static List<String> masks(RunResult result) {
        return everyScan(result, (position, s, t) -> {
            Optional<Gfp> expected = t.innermostReclaim().filter(r -> !r.shrinker()).map(ReclaimContext::gfp)
                    .or(() -> t.kswapd() ? Optional.of(Gfp.GFP_KERNEL) : Optional.empty());
            if (expected.isEmpty() || expected.get().equals(s.control().gfpMask())) {
                return Optional.empty();
            }
            return Optional.of(s.render() + " (trace event #" + position + "): " + s.shrinker() + " was called with"
                    + " gfp_mask=" + s.control().gfpMask() + " inside " + t.innermostReclaim()
                    .map(ReclaimContext::describe).orElse("kswapd") + ", expected " + expected.get());
        });
    }

    /** RECLAIM-5: shrinkers run by reclaim with no allocation in flight (proactive reclaim) run under PF_MEMALLOC. */
    public static List<String> proactiveUnderPfMemalloc(RunResult result) {
        return everyScan(result, (position, s, t) -> {
            boolean proactive = t.innermostReclaim().filter(r -> !r.shrinker()).isPresent()
                    && t.allocation().isEmpty() && !t.kswapd();
            if (!proactive || t.has(PfFlag.PF_MEMALLOC)) {
                return Optional.empty();
            }
            return Optional.of(s.render() + " (trace event #" + position + "): " + t.comm() + " runs proactive"
                    + " reclaim (" + t.innermostReclaim().get().describe() + ") without PF_MEMALLOC");
        });
    }

    private static List<String> everyScan(RunResult result, ScanCheck check) {
        List<String> out = new ArrayList<>();
        TraceModel.walk(result.trace(), new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent event, TraceModel model) {
                if (event instanceof TraceEvent.ShrinkerScanBegin s) {
                    check.at(position, s, model.taskOf(event)).ifPresent(out::add);
                }
            }
        });
        return out;
    }
}
