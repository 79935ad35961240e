package org.reclaimtck.tck.suites.memcg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.rules.MemcgRules;
import org.reclaimtck.tck.rules.RuleDispatch;

/**
 * The checks of MEMCG-1..3 on what the kernel traced: each charge's slow path from its {@code MEMCG_MAX} event (the
 * scoped mask) to its end, the memcg reclaims and {@code MEMCG_OOM} events inside it, {@code oom:mark_victim} with
 * CONSTRAINT_MEMCG and {@code oom_memcg}, victims' exits and reaping, and each task's cgroup from
 * {@code cgroup_attach_task}.
 */
final class MemcgJudge {
    private static final RuleDispatch<Consumer<CaseRun>> CHECKS = RuleDispatch.of(Map.of(
            MemcgRules.MEMCG_1, MemcgJudge::reclaimKeepsScope,
            MemcgRules.MEMCG_2, MemcgJudge::oomKillsForNofs,
            MemcgRules.MEMCG_3, MemcgJudge::victimInsideMemcg));

    private MemcgJudge() {
    }

    static void check(CaseRun run) {
        CHECKS.of(run.rule(), run.caseId()).accept(run);
    }

    /** A memcg reclaim whose mask allows what its charge's forbids, with the filesystems it entered. */
    private static final class Widened {
        final TraceEvent.MemcgChargeBegin charge;
        final TraceEvent.MemcgReclaimBegin reclaim;
        final List<String> entered = new ArrayList<>();

        Widened(TraceEvent.MemcgChargeBegin charge, TraceEvent.MemcgReclaimBegin reclaim) {
            this.charge = charge;
            this.reclaim = reclaim;
        }
    }

    private static void reclaimKeepsScope(CaseRun run) {
        Map<String, TraceEvent.MemcgChargeBegin> charging = new HashMap<>();
        Map<String, Widened> widened = new HashMap<>();
        long reclaims = 0;
        Widened first = null;
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.MemcgChargeBegin c) {
                charging.put(c.task(), c);
            } else if (e instanceof TraceEvent.MemcgChargeEnd end) {
                charging.remove(end.task());
            } else if (e instanceof TraceEvent.MemcgReclaimBegin r) {
                reclaims++;
                TraceEvent.MemcgChargeBegin c = charging.get(r.task());
                if (c != null && first == null && widens(r.gfp(), c.gfp())) {
                    first = new Widened(c, r);
                    widened.put(r.task(), first);
                }
            } else if (e instanceof TraceEvent.FsEnter fe && widened.containsKey(fe.task())) {
                widened.get(fe.task()).entered.add(fe.superBlock() + " " + fe.operation());
            } else if (e instanceof TraceEvent.MemcgReclaimEnd end) {
                widened.remove(end.task());
            }
        }
        run.note("memcg-reclaims", String.valueOf(reclaims));
        if (first != null) {
            throw run.violation("task " + first.reclaim.task() + " charged memcg " + first.charge.memcg()
                    + " at its memory.max with the scoped mask " + first.charge.gfp() + " and reclaimed the memcg with"
                    + " gfp_flags=" + first.reclaim.gfp() + ", which allows what the charge's scope forbids"
                    + " (try_to_free_mem_cgroup_pages must apply current_gfp_context)"
                    + entered(first.entered) + "\n  " + first.charge.render() + "\n  "
                    + first.reclaim.render());
        }
    }

    /** The filesystem calls inside the reclaim: the first few and how many. */
    private static String entered(List<String> calls) {
        if (calls.isEmpty()) {
            return "";
        }
        List<String> shown = calls.subList(0, Math.min(4, calls.size()));
        return "; inside that reclaim it entered the filesystem " + calls.size() + " times: " + String.join(", ", shown)
                + (calls.size() > shown.size() ? ", ..." : "");
    }

    private static boolean widens(Gfp reclaim, Gfp charge) {
        return (reclaim.allowsFs() && !charge.allowsFs()) || (reclaim.allowsIo() && !charge.allowsIo());
    }

    private static void oomKillsForNofs(CaseRun run) {
        Set<String> exiting = new HashSet<>();
        Set<String> victims = new HashSet<>();
        Map<String, TraceEvent.MemcgOom> awaiting = new HashMap<>();
        long memcgOoms = 0;
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.OomKill k) {
                exiting.add(k.victim());
                victims.add(k.victim());
                awaiting.remove(k.task());
            } else if (e instanceof TraceEvent.ExitMmap x) {
                exiting.remove(x.task());
            } else if (e instanceof TraceEvent.OomReaped r) {
                exiting.remove(r.victim());
            } else if (e instanceof TraceEvent.MemcgChargeEnd end) {
                awaiting.remove(end.task());
            } else if (e instanceof TraceEvent.MemcgReclaimBegin r && awaiting.containsKey(r.task())) {
                throw noKill(run, awaiting.get(r.task()), r);
            } else if (e instanceof TraceEvent.MemcgOom o) {
                memcgOoms++;
                if (awaiting.containsKey(o.task())) {
                    throw noKill(run, awaiting.get(o.task()), o);
                }
                boolean atLimit = o.usagePages() + (1L << Math.max(0, o.order())) > o.maxPages();
                if (atLimit && exiting.isEmpty() && !victims.contains(o.task())) {
                    awaiting.put(o.task(), o);
                }
            }
        }
        run.note("memcg-ooms", String.valueOf(memcgOoms));
    }

    private static RuleViolation noKill(CaseRun run, TraceEvent.MemcgOom oom, TraceEvent next) {
        return run.violation("task " + oom.task() + " invoked the memcg OOM killer of " + oom.memcg() + " (gfp_mask="
                + oom.gfp() + ", order=" + oom.order() + ", usage " + oom.usagePages() + " of " + oom.maxPages()
                + " pages, no victim exiting) and it killed nothing before the task went on with "
                + next.detail() + ": the memcg OOM killer must kill inside the memcg even for a request without"
                + " __GFP_FS (the !__GFP_FS skip is for global OOM only)\n  " + oom.render() + "\n  " + next.render());
    }

    private static void victimInsideMemcg(CaseRun run) {
        Map<String, String> cgroup = new HashMap<>();
        long kills = 0;
        for (TraceEvent e : run.result().trace()) {
            if (e instanceof TraceEvent.MemcgAttach a) {
                cgroup.put(a.task(), a.memcg());
            } else if (e instanceof TraceEvent.OomKill k && "CONSTRAINT_MEMCG".equals(k.constraint())
                    && k.oomMemcg() != null) {
                kills++;
                String path = cgroup.getOrDefault(k.victim(), "/");
                if (!inside(path, k.oomMemcg())) {
                    throw run.violation("a memcg OOM of " + k.oomMemcg() + " (invoked by " + k.task() + ", gfp_mask="
                            + k.gfp() + ", order=" + k.order() + ") killed " + k.victim() + ", which is in cgroup "
                            + path + ", outside the memcg: select_bad_process must scan only the memcg's tasks"
                            + " (mem_cgroup_scan_tasks)\n  " + k.render());
                }
            }
        }
        run.note("memcg-oom-kills", String.valueOf(kills));
    }

    private static boolean inside(String path, String memcg) {
        return memcg.equals("/") || path.equals(memcg) || path.startsWith(memcg + "/");
    }
}
