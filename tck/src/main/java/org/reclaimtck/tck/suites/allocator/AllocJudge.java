package org.reclaimtck.tck.suites.allocator;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.mm.Watermarks;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The ALLOC rules on one task's recorded requests and their trace windows. Each check returns what broke the rule,
 * one line per request, in kernel terms; empty if it holds.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class AllocJudge {
    private final List<AllocCall> calls;
    private final List<AllocWindow> windows;
    private final Watermarks wmark;
    private final List<String> problems = new ArrayList<>();

    /** {@code MAX_RECLAIM_RETRIES}: after this many fruitless runs kswapd is hopeless and not woken (K-VMSCAN-14). */
    static final int KSWAPD_HOPELESS = 16;

    public AllocJudge(RunResult result, AllocRecorder recorder, Watermarks wmark) {
        this.calls = recorder.calls();
        this.wmark = wmark;
        String task = calls.isEmpty() ? "" : calls.get(0).task();
        this.windows = AllocWindow.of(result.trace(), task);
        if (windows.size() < calls.size()) {
            problems.add(task + " made " + calls.size() + " requests but the trace has " + windows.size()
                    + " AllocRequested/AllocReturned pairs: every request must be traced at the allocator's entry");
        }
    }

    /** {@code __zone_watermark_ok} without reserves: free - (2^order - 1) > mark. */
    static boolean above(long free, int order, long mark) {
        return free - ((1L << order) - 1) > mark;
    }

    static boolean fastPath(AllocCall c, Watermarks w) {
        return above(c.freeBefore(), c.order(), w.low());
    }

    /** Whether the request passes MIN with its reserve rights (K-ALLOC-4, K-ALLOC-6), PF_MEMALLOC included. */
    static boolean reserveAllows(AllocCall c, Watermarks w) {
        Gfp g = c.effective();
        boolean noMemalloc = g.has(Gfp.__GFP_NOMEMALLOC);
        if (!noMemalloc && (g.has(Gfp.__GFP_MEMALLOC) || c.pfMemalloc())) {
            return c.freeBefore() >= (1L << c.order());
        }
        long min = w.min();
        if (g.has(Gfp.__GFP_HIGH)) {
            min -= min / 2;
            if (!g.allowsBlocking() && !noMemalloc) {
                min -= min / 4;
            }
        }
        return above(c.freeBefore(), c.order(), min);
    }

    static boolean hasRights(AllocCall c) {
        Gfp g = c.effective();
        return g.has(Gfp.__GFP_HIGH) || (!g.has(Gfp.__GFP_NOMEMALLOC) && (g.has(Gfp.__GFP_MEMALLOC) || c.pfMemalloc()));
    }

    private interface Check {
        void apply(int i, AllocCall c, AllocWindow w, List<String> out);
    }

    private List<String> each(Check check) {
        List<String> out = new ArrayList<>(problems);
        for (int i = 0; i < Math.min(calls.size(), windows.size()); i++) {
            check.apply(i, calls.get(i), windows.get(i), out);
        }
        return out;
    }

    private static String req(int i, AllocCall c) {
        return c.task() + " request #" + (i + 1) + " (" + c.describe() + ")";
    }

    /** ALLOC-1. */
    public List<String> fastPathAtLow() {
        return each((i, c, w, out) -> {
            if (!c.exclusive() || !fastPath(c, wmark)) {
                return;
            }
            if (!c.succeeded()) {
                out.add(req(i, c) + " failed although the zone is above LOW (" + wmark + ")");
            } else if (w.wokeKswapd() || !w.directReclaims().isEmpty()) {
                out.add(req(i, c) + " is above LOW (" + wmark + ") but took the slow path: "
                        + (w.wokeKswapd() ? "wakeup_kswapd" : "direct reclaim") + " at " + w.at());
            }
        });
    }

    /** ALLOC-2. */
    public List<String> slowPathWakesKswapd() {
        return each((i, c, w, out) -> {
            if (c.exclusive() && !fastPath(c, wmark) && c.effective().has(Gfp.__GFP_KSWAPD_RECLAIM)
                    && !w.kswapdAwakeAtEntry() && w.kswapdRunsBefore() < KSWAPD_HOPELESS && !w.wokeKswapd()) {
                out.add(req(i, c) + " missed LOW (" + wmark + ") and returned without mm_vmscan_wakeup_kswapd while"
                        + " kswapd slept (" + w.returned().render() + ")");
            }
        });
    }

    /** ALLOC-3. */
    public List<String> slowPathAtMin() {
        return each((i, c, w, out) -> {
            if (!c.exclusive() || fastPath(c, wmark) || hasRights(c)) {
                return;
            }
            boolean minOk = above(c.freeBefore(), c.order(), wmark.min());
            if (minOk && !c.succeeded()) {
                out.add(req(i, c) + " failed although the zone is above MIN (" + wmark + ")");
            } else if (!minOk && c.succeeded() && w.reclaimed() == 0) {
                out.add(req(i, c) + " took pages at or below MIN (" + wmark + ") without reserve rights and with"
                        + " nothing reclaimed");
            }
        });
    }

    /** ALLOC-4: requests with reserve rights (or __GFP_NOMEMALLOC) that cannot reclaim succeed exactly as allowed. */
    public List<String> reserves() {
        return each((i, c, w, out) -> {
            Gfp g = c.effective();
            boolean interesting = hasRights(c) || g.has(Gfp.__GFP_NOMEMALLOC);
            boolean canReclaim = g.allowsBlocking() && !c.pfMemalloc();
            if (!c.exclusive() || fastPath(c, wmark) || !interesting || canReclaim) {
                return;
            }
            boolean allowed = reserveAllows(c, wmark);
            if (allowed != c.succeeded()) {
                out.add(req(i, c) + (allowed ? " failed although its reserves allow it" : " succeeded beyond its"
                        + " reserves" + (g.has(Gfp.__GFP_NOMEMALLOC) ? " (__GFP_NOMEMALLOC wins)" : ""))
                        + " (" + wmark + ")");
            }
        });
    }

    /** ALLOC-5. */
    public List<String> noReclaimUnderPfMemalloc() {
        return each((i, c, w, out) -> {
            if (c.pfMemalloc() && !w.directReclaims().isEmpty()) {
                out.add(req(i, c) + " entered direct reclaim under PF_MEMALLOC: " + w.directReclaims().get(0).render());
            }
        });
    }

    /** ALLOC-6: the requests named may fail; they must, when memory cannot satisfy them, and without OOM. */
    public List<String> mayFailRequestsFail(RunResult result) {
        List<String> out = each((i, c, w, o) -> {
            Gfp g = c.effective();
            boolean mayFail = !g.has(Gfp.__GFP_NOFAIL) && (g.has(Gfp.__GFP_NORETRY) || g.has(Gfp.__GFP_RETRY_MAYFAIL)
                    || c.order() > 3);
            if (mayFail && c.exclusive() && !hasRights(c) && !above(c.freeBefore(), c.order(), wmark.min())
                    && w.reclaimed() == 0 && c.succeeded()) {
                o.add(req(i, c) + " succeeded below MIN with nothing reclaimed (" + wmark + ")");
            }
        });
        oom(result, out);
        return out;
    }

    /** ALLOC-10: NORETRY and costly requests (not NOFAIL, costly without RETRY_MAYFAIL) reclaim at most once. */
    public List<String> reclaimOnce() {
        return each((i, c, w, out) -> {
            Gfp g = c.effective();
            boolean once = !g.has(Gfp.__GFP_NOFAIL) && (g.has(Gfp.__GFP_NORETRY)
                    || (c.order() > 3 && !g.has(Gfp.__GFP_RETRY_MAYFAIL)));
            List<TraceEvent.DirectReclaimBegin> reclaims = w.directReclaims();
            if (once && reclaims.size() > 1) {
                out.add(req(i, c) + " entered direct reclaim " + reclaims.size() + " times; "
                        + (g.has(Gfp.__GFP_NORETRY) ? "__GFP_NORETRY" : "a costly order without __GFP_RETRY_MAYFAIL")
                        + " gives up after the first (" + reclaims.get(1).render() + ")");
            }
        });
    }

    /** ALLOC-7. */
    public List<String> nofail() {
        List<String> out = each((i, c, w, o) -> {
            Gfp g = c.effective();
            if (g.has(Gfp.__GFP_NOFAIL) && g.allowsBlocking() && !c.succeeded()) {
                o.add(req(i, c) + " failed: __GFP_NOFAIL must not fail");
            }
        });
        warnOnce(out, "nofail-order", c -> c.order() > 1, "__GFP_NOFAIL with order > 1");
        warnOnce(out, "nofail-pf-memalloc", AllocCall::pfMemalloc, "__GFP_NOFAIL under PF_MEMALLOC");
        return out;
    }

    private void warnOnce(List<String> out, String kind, java.util.function.Predicate<AllocCall> misuse, String what) {
        for (int i = 0; i < Math.min(calls.size(), windows.size()); i++) {
            AllocCall c = calls.get(i);
            if (c.effective().has(Gfp.__GFP_NOFAIL) && c.exclusive() && !fastPath(c, wmark) && misuse.test(c)) {
                boolean seen = false;
                for (int j = 0; j <= i && !seen; j++) {
                    seen = windows.get(j).warned(kind);
                }
                if (!seen) {
                    out.add(req(i, c) + " entered the slow path with " + what + " and no WARNING " + kind
                            + " was traced (WARN_ON_ONCE in __alloc_pages_slowpath)");
                }
                return;
            }
        }
    }

    /** ALLOC-8: traced masks and the mask of each direct reclaim. */
    public List<String> scopedMask() {
        return each((i, c, w, out) -> {
            TraceEvent.AllocRequested r = w.request();
            if (!r.callerGfp().equals(c.gfp()) || !r.effectiveGfp().equals(c.effective())) {
                out.add(req(i, c) + " was traced as gfp=" + r.callerGfp() + " effective=" + r.effectiveGfp()
                        + ", expected gfp=" + c.gfp() + " effective=" + c.effective() + " (current_gfp_context)");
            }
            for (TraceEvent.DirectReclaimBegin d : w.directReclaims()) {
                if (!d.gfp().andNot(Gfp.__GFP_NOWARN).equals(c.effective().andNot(Gfp.__GFP_NOWARN))) {
                    out.add(req(i, c) + " reclaimed with gfp_flags=" + d.gfp() + ", not its scoped mask "
                            + c.effective() + ": " + d.render());
                    return;
                }
            }
        });
    }

    /** ALLOC-9: requests without __GFP_FS and of non-costly order succeed, and nobody is OOM-killed. */
    public List<String> nofsNoOom(RunResult result) {
        List<String> out = each((i, c, w, o) -> {
            Gfp g = c.effective();
            if (!g.allowsFs() && g.allowsBlocking() && c.order() <= 3 && !c.pfMemalloc()
                    && !g.has(Gfp.__GFP_NORETRY) && !g.has(Gfp.__GFP_RETRY_MAYFAIL) && !c.succeeded()) {
                o.add(req(i, c) + " failed: a non-costly request without __GFP_FS retries instead (K-ALLOC-12)");
            }
        });
        oom(result, out);
        return out;
    }

    private static void oom(RunResult result, List<String> out) {
        result.trace().stream().filter(e -> e instanceof TraceEvent.OomKill).findFirst()
                .ifPresent(e -> out.add("the OOM killer ran: " + e.render()));
        if (result.outcome().kind() == org.reclaimtck.spi.kernel.OutcomeKind.OUT_OF_MEMORY) {
            out.add("the run ended out of memory: " + result.outcome());
        }
    }
}
