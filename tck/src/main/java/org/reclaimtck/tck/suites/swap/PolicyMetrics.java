package org.reclaimtck.tck.suites.swap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * What one run of a policy comparison measured, computed from the kernel's trace only (issue 9 item 10): NOFS direct
 * reclaims (entered for a request in a NOFS context, as SWAP-1 defines it) and the pages they reclaimed
 * ({@code mm_vmscan_direct_reclaim_end}), swap-outs ({@code swap_writepage}: all, and those a NOFS direct reclaim
 * made), OOM kills
 * ({@code oom:mark_victim}) and the total stall time: virtual time every task spent inside direct reclaim, throttles
 * and waits included.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public record PolicyMetrics(long nofsDirectReclaims, long nofsPagesReclaimed, long swapOuts, long nofsSwapOuts,
                            long oomKills, long stallNanos) {

    /** Pages reclaimed per NOFS direct reclaim (0 when there was none). */
    public double pagesPerNofsReclaim() {
        return nofsDirectReclaims == 0 ? 0 : (double) nofsPagesReclaimed / nofsDirectReclaims;
    }

    /** Measures one run's trace. */
    public static PolicyMetrics of(List<TraceEvent> trace) {
        NofsContext context = new NofsContext();
        Map<String, TraceEvent.DirectReclaimBegin> open = new HashMap<>();
        Set<String> nofs = new HashSet<>();
        long nofsReclaims = 0;
        long nofsPages = 0;
        long swapOuts = 0;
        long nofsSwapOuts = 0;
        long kills = 0;
        long stall = 0;
        for (TraceEvent e : trace) {
            context.accept(e);
            if (e instanceof TraceEvent.DirectReclaimBegin b) {
                open.put(b.task(), b);
                if (context.nofsRequest(b) != null) {
                    nofs.add(b.task());
                    nofsReclaims++;
                }
            } else if (e instanceof TraceEvent.DirectReclaimEnd end) {
                TraceEvent.DirectReclaimBegin b = open.remove(end.task());
                if (b != null) {
                    stall += end.time() - b.time();
                }
                if (nofs.remove(end.task())) {
                    nofsPages += end.nrReclaimed();
                }
            } else if (e instanceof TraceEvent.SwapOut s) {
                swapOuts++;
                if (nofs.contains(s.task())) {
                    nofsSwapOuts++;
                }
            } else if (e instanceof TraceEvent.OomKill) {
                kills++;
            }
        }
        return new PolicyMetrics(nofsReclaims, nofsPages, swapOuts, nofsSwapOuts, kills, stall);
    }

    /** Sums runs (e.g. the seeds of one policy). */
    public PolicyMetrics plus(PolicyMetrics o) {
        return new PolicyMetrics(nofsDirectReclaims + o.nofsDirectReclaims, nofsPagesReclaimed + o.nofsPagesReclaimed,
                swapOuts + o.swapOuts, nofsSwapOuts + o.nofsSwapOuts, oomKills + o.oomKills, stallNanos + o.stallNanos);
    }

    /** The table's row for {@code policy} over {@code seeds} runs: the columns of {@link #HEADERS}. */
    public List<String> row(String policy, int seeds) {
        return List.of(policy, String.valueOf(seeds), String.valueOf(nofsDirectReclaims),
                String.format(Locale.ROOT, "%.2f", pagesPerNofsReclaim()), String.valueOf(swapOuts),
                String.valueOf(nofsSwapOuts), String.valueOf(oomKills), String.format(Locale.ROOT, "%.1f", stallNanos / 1e6));
    }

    /** Column headers of {@link #row}. */
    public static final List<String> HEADERS = List.of("policy", "seeds", "NOFS direct reclaims",
            "pages reclaimed per NOFS direct reclaim", "swap-outs", "swap-outs by NOFS reclaim", "OOM kills", "total stall (ms, virtual)");
}
