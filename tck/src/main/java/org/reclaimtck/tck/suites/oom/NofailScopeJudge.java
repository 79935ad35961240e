package org.reclaimtck.tck.suites.oom;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;

/**
 * NOFAIL-2 on what the kernel traced at the allocator's entry: every {@code mm_page_alloc_request} carries the
 * caller's mask and the mask after {@code current_gfp_context}; per task, the open {@code memalloc_*_save} scopes
 * ({@code memalloc_save}, a scope the policy ignored left out) and {@code PF_MEMALLOC} (its scopes and kswapd's flag).
 * A request whose effective mask is NOFAIL misuse (K-ALLOC-13: no {@code __GFP_DIRECT_RECLAIM}, order &gt; 1, or
 * {@code PF_MEMALLOC}) while the caller's own mask was not is the scope's violation: the message names the innermost
 * scope that added {@code __GFP_NOFAIL} or took {@code __GFP_DIRECT_RECLAIM}, and the nested caller.
 */
final class NofailScopeJudge {
    private final Map<String, Deque<TraceEvent.ScopeSaved>> scopes = new HashMap<>();
    private final Map<String, Integer> pfMemalloc = new HashMap<>();
    private final CallerFrames frames = new CallerFrames();

    private NofailScopeJudge() {
    }

    static void check(CaseRun run) {
        NofailScopeJudge j = new NofailScopeJudge();
        long requests = 0;
        for (TraceEvent e : run.result().trace()) {
            j.accept(e);
            if (e instanceof TraceEvent.AllocRequested a) {
                requests++;
                String why = j.violation(a);
                if (why != null) {
                    throw run.violation(why);
                }
            }
        }
        run.note("allocation-requests", String.valueOf(requests));
    }

    private void accept(TraceEvent e) {
        frames.accept(e);
        if (e instanceof TraceEvent.ScopeSaved s && (s.context() == null || !s.context().startsWith("ignored"))) {
            scopes.computeIfAbsent(s.task(), t -> new ArrayDeque<>()).push(s);
            if ("PF_MEMALLOC".equals(s.flag())) {
                pfMemalloc.merge(s.task(), 1, Integer::sum);
            }
        } else if (e instanceof TraceEvent.ScopeRestored r) {
            Iterator<TraceEvent.ScopeSaved> it = scopes.computeIfAbsent(r.task(), t -> new ArrayDeque<>()).iterator();
            while (it.hasNext()) {
                if (it.next().flag().equals(r.flag())) {
                    it.remove();
                    if ("PF_MEMALLOC".equals(r.flag())) {
                        pfMemalloc.merge(r.task(), -1, Integer::sum);
                    }
                    break;
                }
            }
        } else if (e instanceof TraceEvent.TaskFlagChanged f && "PF_MEMALLOC".equals(f.flag())) {
            pfMemalloc.merge(f.task(), f.set() ? 1 : -1, Integer::sum);
        }
    }

    /** What is wrong with {@code a}, or null. */
    private String violation(TraceEvent.AllocRequested a) {
        boolean memalloc = pfMemalloc.getOrDefault(a.task(), 0) > 0;
        String effective = misuse(a.effectiveGfp(), a.order(), memalloc);
        if (effective == null || misuse(a.callerGfp(), a.order(), memalloc) != null) {
            return null; // fine, or the caller's own misuse (NOFAIL-1)
        }
        boolean added = !a.callerGfp().has(Gfp.__GFP_NOFAIL);
        boolean stripped = a.callerGfp().allowsBlocking() && !a.effectiveGfp().allowsBlocking();
        TraceEvent.ScopeSaved scope = innermost(a.task(), added ? "PF_MEMALLOC_NOFAIL" : stripped
                ? "PF_MEMALLOC_NOWAIT" : null);
        String who = scope == null ? "a scope of " + a.task() : scope.flag() + " saved at " + scope.site()
                + " (" + scope.flag().replace("PF_MEMALLOC_", "memalloc_").toLowerCase(java.util.Locale.ROOT)
                + "_save)";
        String caller = frames.part(a.task());
        return who + (added ? " added __GFP_NOFAIL to" : " took __GFP_DIRECT_RECLAIM from") + " the nested request of "
                + (caller == null ? "task " + a.task() : caller + " (in task " + a.task() + ")") + ": gfp_mask="
                + a.callerGfp() + " became " + a.effectiveGfp() + " order=" + a.order() + ", " + effective
                + " (K-ALLOC-13: the allocator warns, and " + (stripped ? "a NOFAIL request without direct reclaim"
                + " fails at nopage or busy-loops, K-ALLOC-14" : "the request may never be met") + "); the scope"
                + " cannot see its nested callers (K-SCOPE-8)"
                + (a.heldLocks().isEmpty() ? "" : "\n  held: " + String.join(", ", a.heldLocks()))
                + "\n  call stack (outermost first): " + (frames.stack(a.task()).isEmpty() ? "the task's own code"
                : String.join(" -> ", frames.stack(a.task())))
                + "\n  " + a.render();
    }

    /** Why {@code gfp} of {@code order} is NOFAIL misuse, or null. */
    private static String misuse(Gfp gfp, int order, boolean pfMemalloc) {
        if (!gfp.has(Gfp.__GFP_NOFAIL)) {
            return null;
        }
        if (!gfp.allowsBlocking()) {
            return "__GFP_NOFAIL without __GFP_DIRECT_RECLAIM";
        }
        if (order > 1) {
            return "__GFP_NOFAIL of order " + order + " > 1";
        }
        return pfMemalloc ? "__GFP_NOFAIL from reclaim context (PF_MEMALLOC)" : null;
    }

    private TraceEvent.ScopeSaved innermost(String task, String flag) {
        for (TraceEvent.ScopeSaved s : scopes.getOrDefault(task, new ArrayDeque<>())) {
            if (flag == null || s.flag().equals(flag)) {
                return s;
            }
        }
        return null;
    }
}
