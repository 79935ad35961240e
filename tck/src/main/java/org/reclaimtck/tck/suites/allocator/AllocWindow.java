package org.reclaimtck.tck.suites.allocator;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * One request's stretch of the trace: its {@code AllocRequested}, the events of the same task up to its
 * {@code AllocReturned} (allocations nested inside, e.g. by a shrinker, belong to it), and whether kswapd was awake
 * (woken and not yet back to sleep) when it started, and how many kswapd runs ({@code KswapdSleep}) had ended by then.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record AllocWindow(TraceEvent.AllocRequested request, List<TraceEvent> events, TraceEvent.AllocReturned returned,
                          boolean kswapdAwakeAtEntry, int kswapdRunsBefore) {
    /** The top-level requests of {@code task}, in order; a request without its AllocReturned ends the list. */
    public static List<AllocWindow> of(List<TraceEvent> trace, String task) {
        List<AllocWindow> out = new ArrayList<>();
        boolean kswapdAwake = false;
        int runs = 0;
        int runsAtOpen = 0;
        TraceEvent.AllocRequested open = null;
        boolean awakeAtOpen = false;
        List<TraceEvent> inside = new ArrayList<>();
        int depth = 0;
        for (TraceEvent e : trace) {
            if (e instanceof TraceEvent.KswapdWake) {
                kswapdAwake = true;
            } else if (e instanceof TraceEvent.KswapdSleep) {
                kswapdAwake = false;
                runs++;
            }
            if (!e.task().equals(task)) {
                continue;
            }
            if (e instanceof TraceEvent.AllocRequested r) {
                if (depth++ == 0) {
                    open = r;
                    awakeAtOpen = kswapdAwake;
                    runsAtOpen = runs;
                    inside = new ArrayList<>();
                    continue;
                }
            } else if (e instanceof TraceEvent.AllocReturned r && depth > 0 && --depth == 0) {
                out.add(new AllocWindow(open, List.copyOf(inside), r, awakeAtOpen, runsAtOpen));
                open = null;
                continue;
            }
            if (open != null) {
                inside.add(e);
            }
        }
        return out;
    }

    public boolean wokeKswapd() {
        return events.stream().anyMatch(e -> e instanceof TraceEvent.KswapdWake);
    }

    public List<TraceEvent.DirectReclaimBegin> directReclaims() {
        return events.stream().filter(e -> e instanceof TraceEvent.DirectReclaimBegin)
                .map(TraceEvent.DirectReclaimBegin.class::cast).toList();
    }

    /** Pages its direct reclaim reported reclaimed. */
    public long reclaimed() {
        return events.stream().filter(e -> e instanceof TraceEvent.DirectReclaimEnd)
                .mapToLong(e -> ((TraceEvent.DirectReclaimEnd) e).nrReclaimed()).sum();
    }

    public boolean warned(String kind) {
        return events.stream().anyMatch(e -> e instanceof TraceEvent.Warning w && w.kind().equals(kind));
    }

    /** {@code [    0.000000] memhog: mm_page_alloc_request order=0 gfp=GFP_NOWAIT}. */
    public String at() {
        return request.render();
    }
}
