package org.reclaimtck.tck.suites.swap;

import java.util.HashMap;
import java.util.Map;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.rules.RuleDispatch;
import org.reclaimtck.tck.rules.SwapRules;

/**
 * The check of SWAP-1 on what the kernel traced: each direct reclaim entered for a request in a NOFS context (the
 * caller's mask keeps __GFP_IO; GFP_NOFS or a memalloc_nofs_save scope, no memalloc_noio_save scope), its passes over
 * the inactive anon list ({@code mm_vmscan_lru_shrink_inactive} with {@code file=0}) and the reclaimer's
 * {@code swap_writepage} calls.
 */
final class SwapJudge {
    private static final RuleDispatch<java.util.function.Consumer<CaseRun>> CHECKS = RuleDispatch.of(Map.of(
            SwapRules.SWAP_1, SwapJudge::nofsReclaimCanSwap));

    private SwapJudge() {
    }

    static void check(CaseRun run) {
        CHECKS.of(run.rule(), run.caseId()).accept(run);
    }

    /** One task's open direct reclaim: its request and what it did to the anon list. */
    private static final class Reclaim {
        final TraceEvent.AllocRequested request;
        final TraceEvent.DirectReclaimBegin begin;
        long deniedPasses;
        long deniedFolios;
        long swapOuts;

        Reclaim(TraceEvent.AllocRequested request, TraceEvent.DirectReclaimBegin begin) {
            this.request = request;
            this.begin = begin;
        }
    }

    private static void nofsReclaimCanSwap(CaseRun run) {
        NofsContext context = new NofsContext();
        Map<String, Reclaim> open = new HashMap<>();
        long nofsReclaims = 0;
        long swapOuts = 0;
        for (TraceEvent e : run.result().trace()) {
            context.accept(e);
            if (e instanceof TraceEvent.DirectReclaimBegin b) {
                TraceEvent.AllocRequested a = context.nofsRequest(b);
                if (a != null) {
                    open.put(b.task(), new Reclaim(a, b));
                    nofsReclaims++;
                }
            } else if (e instanceof TraceEvent.LruShrinkInactive l && !l.file()) {
                Reclaim r = open.get(l.task());
                // activated covers folios under writeback and referenced ones; a folio swap_writepage took is kept too,
                // and is then answered by the reclaimer's SwapOut
                long kept = l.nrScanned() - l.nrReclaimed() - l.nrActivateAnon();
                if (r != null && kept > 0) {
                    r.deniedPasses++;
                    r.deniedFolios += kept;
                }
            } else if (e instanceof TraceEvent.SwapOut s) {
                Reclaim r = open.get(s.task());
                if (r != null) {
                    r.swapOuts++;
                    swapOuts++;
                }
            } else if (e instanceof TraceEvent.DirectReclaimEnd end) {
                Reclaim r = open.remove(end.task());
                if (r != null && r.deniedPasses > 0 && r.swapOuts == 0) {
                    throw run.violation("task " + end.task() + " entered direct reclaim for a request made in a"
                            + " NOFS context (gfp_mask=" + r.request.callerGfp() + ", effective "
                            + r.request.effectiveGfp() + ", order=" + r.request.order() + ") and scanned "
                            + r.deniedFolios + " anon folios it kept (neither freed, activated nor under writeback) in "
                            + r.deniedPasses + " passes over the inactive anon list with a swap device on, but swapped"
                            + " none out and reclaimed "
                            + end.nrReclaimed() + " pages: NOFS reclaim was denied swap (add_to_swap needs only"
                            + " __GFP_IO, which a NOFS context keeps)\n  " + r.begin.render() + "\n  " + end.render());
                }
            }
        }
        run.note("nofs-direct-reclaims", String.valueOf(nofsReclaims));
        run.note("nofs-swap-outs", String.valueOf(swapOuts));
    }
}
