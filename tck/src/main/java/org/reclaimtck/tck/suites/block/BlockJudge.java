package org.reclaimtck.tck.suites.block;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;

/** BLK-1..3 on the bios of one device, from the trace's submissions and completions. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class BlockJudge {
    private BlockJudge() {
    }

    /** BLK-1: each bio of {@code device} completes once, after its submission, and none is left. */
    public static List<String> exactlyOnce(RunResult result, String device) {
        List<String> out = new ArrayList<>();
        Map<Long, TraceEvent.BioSubmitted> open = new HashMap<>();
        Set<Long> done = new HashSet<>();
        int submitted = 0;
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.BioSubmitted s && s.device().equals(device)) {
                open.put(s.bio(), s);
                submitted++;
            } else if (e instanceof TraceEvent.BioCompleted c && c.device().equals(device)) {
                if (done.contains(c.bio())) {
                    out.add("bio #" + c.bio() + " on " + device + " completed a second time: " + c.render());
                } else if (open.remove(c.bio()) == null) {
                    out.add("bio #" + c.bio() + " on " + device + " completed but was never submitted there: "
                            + c.render());
                }
                done.add(c.bio());
            }
        }
        for (TraceEvent.BioSubmitted s : open.values()) {
            out.add("bio #" + s.bio() + " on " + device + " was never completed (bio_endio): " + s.render());
        }
        if (submitted == 0) {
            out.add("no bio was submitted to " + device);
        }
        return out;
    }

    /** BLK-2: each completion of {@code device} names softirq or a live task of the run. */
    public static List<String> attributed(RunResult result, String device) {
        List<String> out = new ArrayList<>();
        Set<String> live = new HashSet<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.TaskSpawned t) {
                live.add(t.child());
            } else if (e instanceof TraceEvent.TaskExited) {
                live.remove(e.task());
            } else if (e instanceof TraceEvent.BioCompleted c && c.device().equals(device)
                    && !c.task().equals("softirq") && !live.contains(c.task())) {
                out.add("bio #" + c.bio() + " on " + device + " was completed by '" + c.task() + "', which is not"
                        + " softirq nor a live task of the run: " + c.render());
            } else if (!e.task().equals("softirq")) {
                live.add(e.task());
            }
        }
        return out;
    }

    /**
     * BLK-3: each bio of {@code device} completes after a bio submitted below, after its own submission, completed;
     * each completion below answers for one bio above.
     */
    public static List<String> afterLower(RunResult result, String device, Set<String> below) {
        List<String> out = new ArrayList<>();
        Map<Long, Integer> submittedAt = new HashMap<>();
        List<TraceEvent> trace = result.trace();
        Map<Long, Integer> lowerSubmit = new HashMap<>();
        List<int[]> lower = new ArrayList<>(); // {submit index, complete index}
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            if (e instanceof TraceEvent.BioSubmitted s) {
                if (s.device().equals(device)) {
                    submittedAt.put(s.bio(), i);
                } else if (below.contains(s.device())) {
                    lowerSubmit.put(s.bio(), i);
                }
            } else if (e instanceof TraceEvent.BioCompleted c) {
                if (below.contains(c.device()) && lowerSubmit.containsKey(c.bio())) {
                    lower.add(new int[] {lowerSubmit.remove(c.bio()), i});
                } else if (c.device().equals(device) && submittedAt.containsKey(c.bio())) {
                    int from = submittedAt.remove(c.bio());
                    int[] clone = lower.stream().filter(l -> l[0] > from).findFirst().orElse(null);
                    if (clone != null) {
                        lower.remove(clone); // one completion below answers for one bio above
                    } else {
                        out.add("bio #" + c.bio() + " on " + device + " completed before any bio it submitted to "
                                + String.join(", ", below) + " had completed: " + c.render() + " (submitted at "
                                + trace.get(from).render() + ")");
                    }
                }
            }
        }
        return out;
    }
}
