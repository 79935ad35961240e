package org.reclaimtck.tck.suites.oom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.rules.OomRules;
import org.reclaimtck.tck.rules.RuleDispatch;

/**
 * The checks of OOM-1..3 and NOFAIL-1 on what the kernel traced: each {@code oom:mark_victim} with its report, the
 * victim's exit and reaping, and the allocator's NOFAIL warnings attributed to the caller's open calls.
 */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class OomJudge {
    /** OOM-2's bound: the reaper's 10 tries HZ/10 apart, twice over. */
    static final long VICTIM_BOUND_NANOS = 2_000_000_000L;

    private static final RuleDispatch<Consumer<CaseRun>> CHECKS = RuleDispatch.of(Map.of(
            OomRules.OOM_1, OomJudge::noKillWhileReclaimable,
            OomRules.OOM_2, OomJudge::victimMemoryReturns,
            OomRules.OOM_3, OomJudge::noKillForNofs,
            OomRules.NOFAIL_1, OomJudge::noNofailMisuse,
            OomRules.NOFAIL_2, NofailScopeJudge::check));

    private OomJudge() {
    }

    /** Judges {@code run}'s rule, one of OOM-1..3 and NOFAIL-1..2 (also for other suites' cases, e.g. S7's). */
    public static void check(CaseRun run) {
        CHECKS.of(run.rule(), run.caseId()).accept(run);
    }

    private static List<TraceEvent.OomKill> kills(CaseRun run) {
        List<TraceEvent.OomKill> out = new ArrayList<>();
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.OomKill k) {
                out.add(k);
            }
        }
        run.note("oom-kills", String.valueOf(out.size()));
        return out;
    }

    private static void noKillWhileReclaimable(CaseRun run) {
        for (TraceEvent.OomKill k : kills(run)) {
            long need = 1L << Math.max(0, k.order());
            long reclaimable = k.zoneReclaimablePages();
            if (reclaimable > 0 && k.freePages() + reclaimable > k.minPages() + need) {
                throw run.violation(k.task() + " invoked the OOM killer (gfp_mask=" + k.gfp() + ", order=" + k.order()
                        + ") and it killed " + k.victim() + " while " + reclaimable + " pages were"
                        + " reclaimable" + breakdown(k) + " and " + k.freePages() + " free (min " + k.minPages() + ")"
                        + (k.oomMemcg() == null ? "" : " in memcg " + k.oomMemcg() + " (its margin under memory.max"
                        + " and the pages on its lruvecs)") + ": reclaim could still meet the request\n  " + k.render());
            }
        }
    }

    /** {@code (file 0 + anon 412 with 3900 free swap slots)}, from show_mem's lines; empty if not known. */
    private static String breakdown(TraceEvent.OomKill k) {
        if (k.filePages() < 0) {
            return "";
        }
        return " (file " + k.filePages() + (k.freeSwapPages() > 0 ? " + anon " + k.anonPages() + " with "
                + k.freeSwapPages() + " free swap slots" : ", anon not counted: no free swap") + ")";
    }

    private static void victimMemoryReturns(CaseRun run) {
        List<TraceEvent> trace = run.result().trace();
        for (TraceEvent.OomKill k : kills(run)) {
            long deadline = k.time() + VICTIM_BOUND_NANOS;
            long returned = 0;
            String how = "neither exited nor was reaped";
            for (TraceEvent e : trace) {
                if (e.time() < k.time() || e.time() > deadline) {
                    continue;
                }
                if (e instanceof TraceEvent.OomReaped r && r.victim().equals(k.victim()) && r.reaped()) {
                    returned += r.pages();
                    how = "was reaped";
                } else if (e instanceof TraceEvent.ExitMmap x && x.task().equals(k.victim())) {
                    returned += x.pages();
                    how = "exited";
                }
            }
            if (returned < k.rssPages()) {
                throw run.violation("OOM victim " + k.victim() + " (killed for " + k.task() + ", anon-rss "
                        + k.rssPages() + " pages) " + how + " but returned " + returned + " pages within "
                        + VICTIM_BOUND_NANOS / 1_000_000_000L + " s of virtual time; the run ended "
                        + run.outcome().kind() + "\n  " + k.render() + "\n" + run.outcome().describe());
            }
        }
    }

    private static void noKillForNofs(CaseRun run) {
        for (TraceEvent.OomKill k : kills(run)) {
            if (!k.gfp().has(Gfp.__GFP_FS) && "CONSTRAINT_NONE".equals(k.constraint())) {
                throw run.violation(k.task() + " made a request without __GFP_FS (gfp_mask=" + k.gfp() + ", order="
                        + k.order() + ") and the OOM killer killed " + k.victim() + " for it in a global OOM: a NOFS"
                        + " caller may hold the filesystem that would free memory, so the kernel reports progress"
                        + " instead\n  " + k.render());
            }
        }
    }

    private static void noNofailMisuse(CaseRun run) {
        CallerFrames frames = new CallerFrames();
        for (TraceEvent e : run.result().trace()) {
            frames.accept(e);
            if (e instanceof TraceEvent.Warning w && w.kind().startsWith("nofail-")) {
                TraceEvent.AllocRequested req = frames.request(w.task());
                String part = frames.part(w.task());
                throw run.violation((part == null ? "task " + w.task() : part + " (in task " + w.task() + ")")
                        + " made the request " + (req == null ? "" : "gfp_mask=" + req.callerGfp() + " order="
                        + req.order() + " ") + "that the allocator warned about: WARNING " + w.kind() + ": "
                        + w.message() + "\n  call stack (outermost first): " + String.join(" -> ",
                        frames.stack(w.task())));
            }
        }
    }
}
