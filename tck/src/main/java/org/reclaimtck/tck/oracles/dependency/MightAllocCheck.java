package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/**
 * TRACE-3 over the shared {@link TraceModel}: an allocation whose effective mask may block, requested by a task not
 * in reclaim (no PF_MEMALLOC, not kswapd, in no reclaim context), must trace might_alloc with that mask before
 * {@code mm_page_alloc} returns.
 */
final class MightAllocCheck implements TraceVisitor {
    private static final class OpenAlloc {
        final TraceEvent.AllocRequested request;
        final boolean needs;
        boolean seen;

        OpenAlloc(TraceEvent.AllocRequested request, boolean needs) {
            this.request = request;
            this.needs = needs;
        }
    }

    private final Map<String, ArrayDeque<OpenAlloc>> open = new HashMap<>();
    private final List<String> findings = new ArrayList<>();

    List<String> findings() {
        return findings;
    }

    @Override
    public void before(int position, TraceEvent e, TraceModel model) {
        if (e instanceof TraceEvent.AllocRequested a) {
            TaskModel t = model.taskOf(e);
            boolean inReclaim = t.kswapd() || t.has(PfFlag.PF_MEMALLOC) || !t.reclaim().isEmpty();
            allocs(e).push(new OpenAlloc(a, a.effectiveGfp().allowsBlocking() && !inReclaim));
        } else if (e instanceof TraceEvent.AllocMightReclaim m && !allocs(e).isEmpty()) {
            OpenAlloc top = allocs(e).peek();
            if (m.effectiveGfp().equals(top.request.effectiveGfp())) {
                top.seen = true;
            }
        } else if (e instanceof TraceEvent.AllocReturned && !allocs(e).isEmpty()) {
            OpenAlloc done = allocs(e).pop();
            if (done.needs && !done.seen) {
                findings.add(done.request.render() + ": returned without might_alloc gfp="
                        + done.request.effectiveGfp());
            }
        }
    }

    private ArrayDeque<OpenAlloc> allocs(TraceEvent e) {
        return open.computeIfAbsent(e.task(), k -> new ArrayDeque<>());
    }
}
