package org.reclaimtck.realkernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.KswapdStall;
import org.reclaimtck.tck.oracles.KswapdStallOracle;
import org.reclaimtck.tck.oracles.RecursionScopeOracle;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleCatalogue;

/**
 * Judges an {@link ImportedTrace} of a real kernel with the TCK's own oracles ({@link RecursionScopeOracle} for
 * SCOPE-3/4/5, {@link KswapdStallOracle} for FP-1, on the trace as a {@link RunResult}), adds the checks only a real
 * trace allows (the loop worker's masks, {@code drivers/block/loop.c} K-LOOP-1; OOM kills against the kernel's own
 * {@code reclaim_retry_zone} report, {@code mm/page_alloc.c should_reclaim_retry}), measures direct-reclaim latency
 * and throttling, and says for every other rule of the catalogue why a real trace cannot judge it.
 */
public final class RealKernelJudge {
    /** FP-1's bound: one second in one {@code scan_objects} call. */
    public static final long KSWAPD_STALL_NANOS = 1_000_000_000L;
    /** {@code mm/page_alloc.c MAX_RECLAIM_RETRIES}. */
    static final int MAX_RECLAIM_RETRIES = 16;

    private final KernelGfp gfp = KernelGfp.fromResources();

    public List<RuleVerdict> judge(ImportedTrace t) {
        RunResult run = t.asRunResult();
        RecursionScopeOracle.Findings f = new RecursionScopeOracle.Findings();
        Positions pos = new Positions(f);
        TraceModel.walk(run.trace(), f, pos);
        List<RuleVerdict> out = new ArrayList<>();
        out.add(scope("SCOPE-3", f.fsEntryWithoutFs, pos.fs, t, "no super_cache_scan call did work under a mask without"
                + " __GFP_FS (" + count(t.stats().superScans) + " probed calls, " + count(t.stats().superScanStops)
                + " returned SHRINK_STOP)"));
        out.add(scope("SCOPE-4", f.ioWaitWithoutIo, pos.io, t, "no io_schedule D-sleep inside reclaim without __GFP_IO ("
                + t.stats().dSleepsIo + " I/O sleeps of " + t.stats().dSleeps + " D-sleeps traced)"));
        out.add(scope("SCOPE-5", f.nestedReclaim, pos.nested, t, "no nested direct reclaim ("
                + t.stats().directReclaimNanos.size() + " direct reclaims)"));
        out.add(kswapd(run, t));
        out.add(completed(t));
        out.add(loopWorker(t));
        out.add(oom(t));
        out.add(measured("RK-LAT", "direct-reclaim latency", latency(t)));
        out.add(measured("RK-THROTTLE", "reclaim throttling", String.format(Locale.ROOT, "%d throttles %s, %.1f ms in all",
                t.stats().throttlesByReason.values().stream().mapToLong(Long::longValue).sum(),
                t.stats().throttlesByReason, t.stats().throttleNanos / 1e6)));
        for (Rule r : RuleCatalogue.all()) {
            if (out.stream().noneMatch(v -> v.id().equals(r.id()))) {
                out.add(new RuleVerdict(r.id(), r.title(), RuleVerdict.Status.NOT_JUDGED, NotJudged.why(r), List.of()));
            }
        }
        return out;
    }

    private static long count(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String title(String id) {
        return RuleCatalogue.find(id).map(Rule::title).orElse(id);
    }

    private static RuleVerdict scope(String id, List<String> findings, List<Integer> at, ImportedTrace t, String pass) {
        if (findings.isEmpty()) {
            return new RuleVerdict(id, title(id), RuleVerdict.Status.PASS, pass, List.of());
        }
        List<String> ev = new ArrayList<>();
        for (int i = 0; i < findings.size() && i < 5; i++) {
            int idx = at.get(i);
            ev.add(findings.get(i));
            if (t.openedAt(idx) != t.line(idx)) {
                ev.add("line " + t.openedAt(idx) + ": " + t.text(t.openedAt(idx)).strip());
            }
            ev.add("line " + t.line(idx) + ": " + t.text(t.line(idx)).strip());
        }
        return new RuleVerdict(id, title(id), RuleVerdict.Status.FAIL, findings.size() + " violation"
                + (findings.size() == 1 ? "" : "s") + ", first at trace line " + t.line(at.get(0)), ev);
    }

    private RuleVerdict kswapd(RunResult run, ImportedTrace t) {
        Optional<KswapdStall> s = KswapdStallOracle.find(run, KSWAPD_STALL_NANOS);
        long scans = run.trace().stream().filter(e -> e instanceof TraceEvent.ShrinkerScanBegin
                && e.task().startsWith("kswapd")).count();
        return s.map(k -> new RuleVerdict("FP-1", title("FP-1"), RuleVerdict.Status.FAIL, k.describe(), List.of()))
                .orElse(new RuleVerdict("FP-1", title("FP-1"), RuleVerdict.Status.PASS, "kswapd spent under 1 s in each"
                        + " of its " + scans + " do_shrink_slab calls", List.of()));
    }

    private static RuleVerdict completed(ImportedTrace t) {
        List<String> phases = t.stats().phases;
        boolean end = phases.stream().anyMatch(p -> p.startsWith("end "));
        return new RuleVerdict("DL-1", title("DL-1"), end ? RuleVerdict.Status.PASS : RuleVerdict.Status.FAIL,
                end ? "every workload phase finished: " + String.join(", ", phases)
                        : "the workload did not reach its end marker: " + phases, List.of());
    }

    private RuleVerdict loopWorker(ImportedTrace t) {
        Map<String, Long> masks = t.stats().loopWorkerMasks;
        String title = "the loop worker allocates without __GFP_IO (K-LOOP-1)";
        if (masks.isEmpty()) {
            return new RuleVerdict("K-LOOP-1", title, RuleVerdict.Status.NOT_JUDGED,
                    "no allocation inside loop_process_work was traced", List.of());
        }
        List<String> bad = masks.keySet().stream().filter(m -> gfp.hasIo(gfp.bits(m))).toList();
        return new RuleVerdict("K-LOOP-1", title, bad.isEmpty() ? RuleVerdict.Status.PASS : RuleVerdict.Status.FAIL,
                count(masks) + " allocations inside loop_process_work, effective masks " + masks
                        + "; caller masks " + t.stats().loopWorkerCallerMasks, bad.stream().map(b -> "with __GFP_IO: " + t.stats().loopWorkerMaskLines.get(b)).toList());
    }

    private static RuleVerdict oom(ImportedTrace t) {
        String title = "no OOM kill while reclaimable memory was reported (K-ALLOC-10)";
        List<String> kills = t.stats().oomKills;
        if (kills.isEmpty()) {
            return new RuleVerdict("K-OOM-RR", title, RuleVerdict.Status.NOT_JUDGED, "no OOM kill traced", List.of());
        }
        if (t.stats().oomRetryZone.stream().allMatch(String::isEmpty)) {
            return new RuleVerdict("K-OOM-RR", title, RuleVerdict.Status.NOT_JUDGED, kills.size() + " OOM kill"
                    + (kills.size() == 1 ? "" : "s") + " without a reclaim_retry_zone before it (a memcg OOM:"
                    + " should_reclaim_retry() is not on its path)", kills);
        }
        List<String> bad = new ArrayList<>();
        List<String> ev = new ArrayList<>();
        for (int i = 0; i < kills.size(); i++) {
            String z = t.stats().oomRetryZone.get(i);
            ev.add(kills.get(i) + "; last reclaim_retry_zone: " + (z.isEmpty() ? "none" : z));
            if (z.contains("wmark_check=1") && loops(z) < MAX_RECLAIM_RETRIES) {
                bad.add(kills.get(i));
            }
        }
        return new RuleVerdict("K-OOM-RR", title, bad.isEmpty() ? RuleVerdict.Status.PASS : RuleVerdict.Status.FAIL,
                kills.size() + " OOM kill" + (kills.size() == 1 ? "" : "s") + (bad.isEmpty()
                        ? ", none after the killer's own retry check found the watermark reachable by reclaim"
                        : ", " + bad.size() + " while reclaim_retry_zone said wmark_check=1"), ev);
    }

    private static int loops(String zone) {
        int at = zone.indexOf("no_progress_loops=");
        if (at < 0) {
            return 0;
        }
        String rest = zone.substring(at + "no_progress_loops=".length()).split(" ")[0];
        return Integer.parseInt(rest);
    }

    private static String latency(ImportedTrace t) {
        RealStats s = t.stats();
        if (s.directReclaimNanos.isEmpty()) {
            return "no direct reclaim traced";
        }
        return String.format(Locale.ROOT, "%d direct reclaims: p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                s.directReclaimNanos.size(), s.latencyPercentile(50) / 1e6, s.latencyPercentile(99) / 1e6,
                s.latencyPercentile(100) / 1e6);
    }

    private static RuleVerdict measured(String id, String title, String detail) {
        return new RuleVerdict(id, title, RuleVerdict.Status.MEASURED, detail, List.of());
    }

    /** Records at which trace position each finding of the recursion oracle was made (it runs just before). */
    private static final class Positions implements TraceVisitor {
        private final RecursionScopeOracle.Findings f;
        final List<Integer> fs = new ArrayList<>();
        final List<Integer> io = new ArrayList<>();
        final List<Integer> nested = new ArrayList<>();

        Positions(RecursionScopeOracle.Findings f) {
            this.f = f;
        }

        @Override
        public void before(int position, TraceEvent event, TraceModel model) {
            grow(fs, f.fsEntryWithoutFs.size(), position);
            grow(io, f.ioWaitWithoutIo.size(), position);
            grow(nested, f.nestedReclaim.size(), position);
        }

        private static void grow(List<Integer> at, int size, int position) {
            while (at.size() < size) {
                at.add(position);
            }
        }
    }
}
