package org.reclaimtck.tck.suites.swap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.report.PolicyColumn;
import org.reclaimtck.tck.report.PolicyComparison;

/**
 * What one run of a policy comparison measured, computed from the kernel's trace only (issue 9 item 10): NOFS direct
 * reclaims (entered for a request in a NOFS context, as SWAP-1 defines it) and the pages they reclaimed
 * ({@code mm_vmscan_direct_reclaim_end}), swap-outs ({@code swap_writepage}: all, and those a NOFS direct reclaim
 * made), OOM kills
 * ({@code oom:mark_victim}), the total stall time: virtual time every task spent inside direct reclaim, throttles
 * and waits included, and the NOFS allocation latency: from each NOFS request that reclaimed to its return, retries
 * included (a reclaimer that cannot swap retries in the allocator, not inside one long reclaim).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public record PolicyMetrics(long nofsDirectReclaims, long nofsPagesReclaimed, long swapOuts, long nofsSwapOuts,
                            long oomKills, long stallNanos, long nofsAllocStallNanos) {
    /**
     * The {@code gfp-policy} variants the report compares, in table order: a new policy (issue 11's per-superblock
     * NOFS, scoped NOFAIL, scoped NOWAIT) is one more name here.
     */
    public static final List<String> POLICIES = List.of("kernel", "merged-noio-nofs");

    /**
     * Every {@code gfp-policy} variant, in table order: the kernel today, merged NOIO/NOFS (S7), per-superblock NOFS
     * (S8), scoped NOFAIL and scoped NOWAIT (issue 11 item 8).
     */
    public static final List<String> ALL_POLICIES = List.of("kernel", "merged-noio-nofs", "per-sb-nofs",
            "nofail-scope", "nowait-scope");

    /** The policy comparison of a case's workload under {@link #POLICIES}, measured by {@link #counters}. */
    public static PolicyComparison comparison(String title) {
        return comparison(title, POLICIES);
    }

    /** The policy comparison of a case's workload under {@code policies}, measured by {@link #counters}. */
    public static PolicyComparison comparison(String title, List<String> policies) {
        return new PolicyComparison(title, "gfp-policy", policies, List.of(
                PolicyColumn.count("NOFS direct reclaims", "nofsDirectReclaims"),
                PolicyColumn.ratio("pages reclaimed per NOFS direct reclaim", "nofsPagesReclaimed", "nofsDirectReclaims"),
                PolicyColumn.count("swap-outs", "swapOuts"),
                PolicyColumn.count("swap-outs by NOFS reclaim", "nofsSwapOuts"),
                OOM_KILLS, STALL, NOFS_LATENCY), trace -> of(trace).counters());
    }

    /** As {@link #comparison(String, List)} without the swap columns, for a machine without swap (S8). */
    public static PolicyComparison comparisonWithoutSwap(String title, List<String> policies) {
        return new PolicyComparison(title, "gfp-policy", policies, List.of(
                PolicyColumn.count("NOFS direct reclaims", "nofsDirectReclaims"),
                PolicyColumn.ratio("pages reclaimed per NOFS direct reclaim", "nofsPagesReclaimed", "nofsDirectReclaims"),
                OOM_KILLS, STALL, NOFS_LATENCY), trace -> of(trace).counters());
    }

    private static final PolicyColumn OOM_KILLS = PolicyColumn.count("OOM kills", "oomKills");
    private static final PolicyColumn STALL = PolicyColumn.millis("total stall in direct reclaim (ms, virtual)",
            "stallNanos");
    private static final PolicyColumn NOFS_LATENCY = PolicyColumn.millis("NOFS allocation latency, summed (ms,"
            + " virtual)", "nofsAllocStallNanos");

    /** The counters by the names {@link #comparison}'s columns use. */
    public Map<String, Long> counters() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("nofsDirectReclaims", nofsDirectReclaims);
        m.put("nofsPagesReclaimed", nofsPagesReclaimed);
        m.put("swapOuts", swapOuts);
        m.put("nofsSwapOuts", nofsSwapOuts);
        m.put("oomKills", oomKills);
        m.put("stallNanos", stallNanos);
        m.put("nofsAllocStallNanos", nofsAllocStallNanos);
        return m;
    }

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
        long allocStall = 0;
        Map<String, TraceEvent.AllocRequested> nofsAllocs = new HashMap<>();
        for (TraceEvent e : trace) {
            context.accept(e);
            if (e instanceof TraceEvent.DirectReclaimBegin b) {
                open.put(b.task(), b);
                TraceEvent.AllocRequested a = context.nofsRequest(b);
                if (a != null) {
                    nofs.add(b.task());
                    nofsReclaims++;
                    nofsAllocs.putIfAbsent(b.task(), a);
                }
            } else if (e instanceof TraceEvent.AllocReturned r && nofsAllocs.containsKey(r.task())) {
                allocStall += r.time() - nofsAllocs.remove(r.task()).time();
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
        return new PolicyMetrics(nofsReclaims, nofsPages, swapOuts, nofsSwapOuts, kills, stall, allocStall);
    }

    /** Sums runs (e.g. the seeds of one policy). */
    public PolicyMetrics plus(PolicyMetrics o) {
        return new PolicyMetrics(nofsDirectReclaims + o.nofsDirectReclaims, nofsPagesReclaimed + o.nofsPagesReclaimed,
                swapOuts + o.swapOuts, nofsSwapOuts + o.nofsSwapOuts, oomKills + o.oomKills, stallNanos + o.stallNanos,
                nofsAllocStallNanos + o.nofsAllocStallNanos);
    }
}
