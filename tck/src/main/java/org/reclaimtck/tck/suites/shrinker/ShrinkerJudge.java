package org.reclaimtck.tck.suites.shrinker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.oracles.model.ReclaimContext;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/** SHRINK-1, SHRINK-3 and SHRINK-4 on every shrinker of a trace. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ShrinkerJudge {
    private ShrinkerJudge() {
    }

    /** SHRINK-1: inside a shrinker's scan, no fs entry without __GFP_FS, no bio wait without __GFP_IO. */
    public static List<String> forbiddenWork(RunResult result) {
        List<String> out = new ArrayList<>();
        TraceModel.walk(result.trace(), new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent event, TraceModel model) {
                TaskModel t = model.taskOf(event);
                ReclaimContext r = t.innermostReclaim().filter(ReclaimContext::shrinker).orElse(null);
                if (r == null) {
                    return;
                }
                if (event instanceof TraceEvent.FsEnter f && !r.gfp().allowsFs()) {
                    out.add(t.comm() + " entered filesystem " + f.superBlock() + " (" + f.operation() + ") inside "
                            + r.describe() + ", which lacks __GFP_FS: " + event.render());
                } else if (event instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.BIO && !r.gfp().allowsIo()) {
                    out.add(t.comm() + " waited for bio " + w.object() + " inside " + r.describe()
                            + ", which lacks __GFP_IO: " + event.render());
                }
            }
        });
        return out;
    }

    /** SHRINK-3: counts non-negative or SHRINK_EMPTY; freed at most nr_to_scan, and at most the count per call. */
    public static List<String> consistent(RunResult result) {
        List<String> out = new ArrayList<>();
        Map<String, long[]> round = new HashMap<>(); // task/shrinker -> {freeable, freed so far}
        Map<String, Long> asked = new HashMap<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.ShrinkerCount c) {
                if (c.freeable() < 0 && c.freeable() != Shrinker.SHRINK_EMPTY) {
                    out.add(c.shrinker() + " count_objects returned " + c.freeable() + ": " + c.render());
                }
                round.put(e.task() + "/" + c.shrinker(), new long[] {c.freeable(), 0});
            } else if (e instanceof TraceEvent.ShrinkerScanBegin b) {
                asked.put(e.task() + "/" + b.shrinker(), b.control().nrToScan());
            } else if (e instanceof TraceEvent.ShrinkerScanEnd end && end.freed() >= 0) {
                String key = e.task() + "/" + end.shrinker();
                Long nr = asked.get(key);
                long[] r = round.get(key);
                if (nr != null && end.freed() > nr) {
                    out.add(end.shrinker() + " scan_objects reported " + end.freed() + " freed for nr_to_scan=" + nr
                            + ": " + end.render());
                } else if (r != null && r[0] >= 0 && (r[1] += end.freed()) > r[0]) {
                    out.add(end.shrinker() + " reported " + r[1] + " objects freed in one do_shrink_slab call after"
                            + " count_objects reported " + r[0] + ": " + end.render());
                }
            }
        }
        return out;
    }

    /** SHRINK-4: the counts traced in {@code task}'s first reclaim, made while nothing was cached, are 0 or SHRINK_EMPTY. */
    public static List<String> emptyCounts(RunResult result, String task) {
        List<String> out = new ArrayList<>();
        int begins = 0;
        for (TraceEvent e : result.trace()) {
            if (!e.task().equals(task)) {
                continue;
            }
            if (e instanceof TraceEvent.DirectReclaimBegin) {
                begins++;
            } else if (e instanceof TraceEvent.DirectReclaimEnd && begins == 1) {
                break;
            } else if (e instanceof TraceEvent.ShrinkerCount c && begins == 1 && c.freeable() != 0
                    && c.freeable() != Shrinker.SHRINK_EMPTY) {
                out.add(c.shrinker() + " counted " + c.freeable() + " objects before anything was cached: "
                        + c.render());
            }
        }
        if (begins == 0) {
            out.add(task + " traced no proactive reclaim (mm_vmscan_direct_reclaim_begin)");
        }
        return out;
    }
}
