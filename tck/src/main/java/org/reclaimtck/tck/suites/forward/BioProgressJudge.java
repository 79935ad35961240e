package org.reclaimtck.tck.suites.forward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * BIO-1 on what the kernel traced: from the first {@code mempool_alloc} the page allocator could not serve (served from
 * the reserve, or a wait on the pool), the longest stretch without a {@code block_bio_complete} while some task waited
 * on a mempool or a bio; and the throughput before and after, to show the degraded rate.
 */
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class BioProgressJudge {
    private final RunResult result;

    public BioProgressJudge(RunResult result) {
        this.result = result;
    }

    /** The first stretch longer than {@code windowNanos} without a bio completion while I/O was awaited, described. */
    public Optional<String> stall(long windowNanos) {
        long shortage = -1;
        long last = -1;
        int before = 0;
        int after = 0;
        Map<String, TraceEvent.WaitBegin> waiting = new LinkedHashMap<>();
        long end = 0;
        for (TraceEvent e : result.trace()) {
            end = e.time();
            if (shortage < 0 && (e instanceof TraceEvent.MempoolAlloc a && a.reserved()
                    || e instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.MEMPOOL)) {
                shortage = e.time();
                last = shortage;
            }
            if (e instanceof TraceEvent.WaitBegin w && (w.kind() == WaitKind.MEMPOOL || w.kind() == WaitKind.BIO)) {
                waiting.put(w.task(), w);
            } else if (e instanceof TraceEvent.Woken k) {
                waiting.remove(k.task());
            } else if (e instanceof TraceEvent.BioCompleted c) {
                if (shortage < 0) {
                    before++;
                    continue;
                }
                if (c.time() - last > windowNanos && !waiting.isEmpty()) {
                    return Optional.of(describe(last, c.time(), "until " + c.render(), waiting, shortage, before,
                            after));
                }
                after++;
                last = c.time();
            }
        }
        if (shortage >= 0 && end - last > windowNanos && !waiting.isEmpty()) {
            return Optional.of(describe(last, end, "until the run ended", waiting, shortage, before, after));
        }
        return Optional.empty();
    }

    private static String describe(long from, long to, String until, Map<String, TraceEvent.WaitBegin> waiting,
                                   long shortage, int before, int after) {
        List<String> waits = new ArrayList<>();
        waiting.values().forEach(w -> waits.add(w.render()));
        return String.format("no bio completed for %.3f s (from %.6f s %s) while %s waited:%n    %s%n"
                        + "since the page allocator first failed a bio set's mempool at %.6f s, %d bios had completed"
                        + " (%d before it)", (to - from) / 1e9, from / 1e9, until, String.join(", ", waiting.keySet()),
                String.join("\n    ", waits), shortage / 1e9, after, before);
    }
}
