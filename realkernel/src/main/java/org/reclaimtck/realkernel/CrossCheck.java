package org.reclaimtck.realkernel;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.RecursionScopeOracle;

/**
 * The cross-check of docs/real-kernel.md: the harness's workload shape on the reference model ({@link ModelRun}) and a
 * real kernel's imported trace, side by side, one Markdown row per quantity (direct reclaims by gfp class, shrinker
 * calls by gfp class and SHRINK_STOP, filesystem entries under a mask without {@code __GFP_FS}, the loop worker's
 * masks, writeback, throttling, kswapd, bios, OOM). {@code --trace <report> [--seed n]}.
 */
public final class CrossCheck {
    private CrossCheck() {
    }

    public static void main(String[] args) {
        Path trace = Path.of(args[1]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        ImportedTrace real = new TraceImporter().importFile(trace);
        RunResult model = ModelRun.run(seed);
        System.out.print(table(model, real));
    }

    static String table(RunResult model, ImportedTrace real) {
        Map<String, String> m = modelSide(model);
        Map<String, String> r = realSide(real);
        StringBuilder sb = new StringBuilder("| quantity | reference model | real kernel (6.1, qemu) |\n| --- | --- | --- |\n");
        for (String k : m.keySet()) {
            sb.append("| ").append(k).append(" | ").append(m.get(k)).append(" | ").append(r.getOrDefault(k, "")).append(" |\n");
        }
        return sb.toString();
    }

    private static Map<String, Long> mb(Map<String, Long> sectors) {
        Map<String, Long> out = new TreeMap<>();
        sectors.forEach((k, v) -> out.put(k, v / 2048));
        return out;
    }

    static String gfpClass(Gfp g) {
        if (g.has(Gfp.GFP_KERNEL)) {
            return "GFP_KERNEL";
        }
        if (g.has(Gfp.GFP_NOFS)) {
            return "GFP_NOFS";
        }
        if (g.has(Gfp.GFP_NOIO)) {
            return "GFP_NOIO";
        }
        return g.equals(Gfp.NONE) ? "none" : "other";
    }

    static Map<String, String> modelSide(RunResult run) {
        Map<String, Long> reclaims = new TreeMap<>();
        Map<String, Long> shrinks = new TreeMap<>();
        Map<String, Long> stops = new TreeMap<>();
        Map<String, Long> loop = new TreeMap<>();
        Map<String, Long> bios = new TreeMap<>();
        Map<String, Long> writes = new TreeMap<>();
        Map<String, Deque<String>> open = new HashMap<>();
        long writeback = 0;
        long throttles = 0;
        long kswapd = 0;
        long oom = 0;
        for (TraceEvent e : run.trace()) {
            if (e instanceof TraceEvent.DirectReclaimBegin d) {
                RealStats.add(reclaims, gfpClass(d.gfp()), 1);
            } else if (e instanceof TraceEvent.ShrinkerScanBegin b) {
                String key = b.shrinker() + " " + gfpClass(b.control().gfpMask());
                RealStats.add(shrinks, key, 1);
                open.computeIfAbsent(e.task(), k -> new ArrayDeque<>()).push(key);
            } else if (e instanceof TraceEvent.ShrinkerScanEnd end) {
                Deque<String> d = open.get(e.task());
                String key = d == null || d.isEmpty() ? end.shrinker() : d.pop();
                if (end.freed() < 0) {
                    RealStats.add(stops, key, 1);
                }
            } else if (e instanceof TraceEvent.AllocRequested a && e.task().startsWith("loop")) {
                RealStats.add(loop, a.effectiveGfp().toString(), 1);
            } else if (e instanceof TraceEvent.WritebackStart) {
                writeback++;
            } else if (e instanceof TraceEvent.ThrottleBegin) {
                throttles++;
            } else if (e instanceof TraceEvent.KswapdWake) {
                kswapd++;
            } else if (e instanceof TraceEvent.OomKill) {
                oom++;
            } else if (e instanceof TraceEvent.BioSubmitted b) {
                RealStats.add(bios, b.device(), 1);
                if (b.op().contains("WRITE")) {
                    RealStats.add(writes, b.device(), 1);
                }
            }
        }
        RecursionScopeOracle.Findings f = RecursionScopeOracle.judge(run);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("direct reclaims by gfp class", reclaims.toString());
        out.put("shrinker calls by shrinker and gfp class", shrinks.toString());
        out.put("SHRINK_STOP returns", stops.toString());
        out.put("filesystem entries in reclaim without __GFP_FS (SCOPE-3)", String.valueOf(f.fsEntryWithoutFs.size()));
        out.put("nested direct reclaims (SCOPE-5)", String.valueOf(f.nestedReclaim.size()));
        out.put("loop worker's effective masks", loop.toString());
        out.put("writeback", writeback + " folios written back (folio_start_writeback) by the writers themselves; write"
                + " bios (4 KiB blocks) per device " + writes);
        out.put("throttling", throttles + " throttles");
        out.put("kswapd wakes", String.valueOf(kswapd));
        out.put("bios queued per device", bios.toString());
        out.put("OOM", oom + " kills; run ended " + run.outcome().kind()
                + (run.outcome().kind().name().equals("OUT_OF_MEMORY") ? " (nothing killable: the kernel's panic)"
                : ""));
        return out;
    }

    static Map<String, String> realSide(ImportedTrace t) {
        RealStats s = t.stats();
        RecursionScopeOracle.Findings f = RecursionScopeOracle.judge(t.asRunResult());
        Map<String, String> out = new LinkedHashMap<>();
        out.put("direct reclaims by gfp class", s.directReclaimsByClass.toString());
        out.put("shrinker calls by shrinker and gfp class", s.shrinkerCalls.toString());
        out.put("SHRINK_STOP returns", "super_cache_scan calls " + s.superScans + ", SHRINK_STOP " + s.superScanStops
                + " (kprobe; mm_shrink_slab_end cannot show it)");
        out.put("filesystem entries in reclaim without __GFP_FS (SCOPE-3)", String.valueOf(f.fsEntryWithoutFs.size()));
        out.put("nested direct reclaims (SCOPE-5)", String.valueOf(f.nestedReclaim.size()));
        out.put("loop worker's effective masks", s.loopWorkerMasks + "; caller masks " + s.loopWorkerCallerMasks);
        out.put("writeback", String.format(Locale.ROOT, "%d flusher works (writeback_start), %d folios by reclaim"
                        + " (mm_vmscan_write_folio), %d folio_wait_writeback; MB written per device %s",
                s.writebackWorks, s.reclaimWriteFolio, s.folioWaitWriteback, mb(s.writeSectorsByDevice)));
        out.put("throttling", String.format(Locale.ROOT, "%d throttles %s, %.1f ms",
                s.throttlesByReason.values().stream().mapToLong(Long::longValue).sum(), s.throttlesByReason,
                s.throttleNanos / 1e6));
        out.put("kswapd wakes", s.kswapdWakes + " (and " + s.wakeupKswapd + " wakeup_kswapd calls)");
        out.put("bios queued per device", s.biosByDevice + ", " + s.dmToLoopRemaps + " dm-0 -> loop0 remaps");
        out.put("OOM", s.oomKills.size() + " kills " + s.oomKills);
        return out;
    }
}
