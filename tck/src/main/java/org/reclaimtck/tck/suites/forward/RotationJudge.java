package org.reclaimtck.tck.suites.forward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.model.ReclaimContext;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/**
 * FP-7 on a trace: a file folio whose writeback ended with PG_reclaim ({@code folio_end_writeback ... PG_reclaim}),
 * clean and not locked by anyone but a reclaimer, waits at the inactive tail ({@code folio_rotate_reclaimable},
 * K-VMSCAN-7); reclaim may free at most {@value #SLACK} other file folios ({@code mm_filemap_delete_from_page_cache}
 * in direct reclaim or kswapd) before it frees that one. The slack is one {@code SWAP_CLUSTER_MAX} batch: folios
 * isolated before the rotation. A folio re-dirtied, under writeback again or locked outside reclaim stops waiting
 * (the kernel does not rotate, or reclaim's trylock may keep it).
 */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class RotationJudge {
    /** {@code SWAP_CLUSTER_MAX}: one isolated batch. */
    static final int SLACK = 32;

    private RotationJudge() {
    }

    /** One folio that waits to be reclaimed since its writeback ended. */
    private static final class Waiting {
        final TraceEvent.WritebackEnd end;
        int passedOver;
        boolean reported;

        Waiting(TraceEvent.WritebackEnd end) {
            this.end = end;
        }
    }

    /** The violations, empty if every written-back PG_reclaim folio was reclaimed ahead of the others. */
    public static List<String> writtenBackFirst(RunResult result) {
        List<String> out = new ArrayList<>();
        Map<String, Waiting> waiting = new LinkedHashMap<>();
        Map<String, String> lockedBy = new LinkedHashMap<>();
        int[] rotated = {0};
        TraceModel.walk(result.trace(), new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent event, TraceModel model) {
                if (event instanceof TraceEvent.LockAcquired l && l.object().startsWith("folio ")) {
                    String key = key(l.object());
                    TaskModel t = model.taskOf(event);
                    lockedBy.put(key, l.task());
                    if (!inReclaim(t)) {
                        waiting.remove(key);
                    }
                } else if (event instanceof TraceEvent.LockReleased l && l.object().startsWith("folio ")) {
                    lockedBy.remove(key(l.object()));
                } else if (event instanceof TraceEvent.WritebackEnd e) {
                    String key = e.mapping() + " index " + e.index();
                    if (e.reclaim() && !lockedBy.containsKey(key)) {
                        waiting.put(key, new Waiting(e));
                        rotated[0]++;
                    }
                } else if (event instanceof TraceEvent.WritebackDirtyFolio d) {
                    waiting.remove(d.mapping() + " index " + d.index());
                } else if (event instanceof TraceEvent.WritebackStart s) {
                    waiting.remove(s.mapping() + " index " + s.index());
                } else if (event instanceof TraceEvent.FilemapDelete d) {
                    freed(d, model.taskOf(event));
                }
            }

            private void freed(TraceEvent.FilemapDelete d, TaskModel t) {
                if (waiting.remove(d.mapping() + " index " + d.index()) != null || !inReclaim(t)) {
                    return;
                }
                for (Map.Entry<String, Waiting> w : waiting.entrySet()) {
                    Waiting f = w.getValue();
                    if (++f.passedOver > SLACK && !f.reported) {
                        f.reported = true;
                        out.add("folio " + w.getKey() + " ended writeback with PG_reclaim, clean (" + f.end.render()
                                + "), but reclaim freed " + f.passedOver + " other file folios before it, the last by "
                                + t.comm() + " in " + where(t) + ": " + d.render()
                                + "; folio_rotate_reclaimable should have moved it to the inactive tail");
                    }
                }
            }
        });
        if (!out.isEmpty()) {
            out.add(0, out.size() + " of " + rotated[0] + " folios whose writeback ended with PG_reclaim waited"
                    + " behind more than " + SLACK + " other folios reclaim freed (K-VMSCAN-7)");
        }
        return out;
    }

    /** The folio key {@code /dirty index 3} of a lock object {@code folio A:/dirty index 3}. */
    private static String key(String lockObject) {
        String folio = lockObject.substring("folio ".length());
        int colon = folio.indexOf(':');
        return colon < 0 ? folio : folio.substring(colon + 1);
    }

    private static boolean inReclaim(TaskModel t) {
        return t.kswapd() || t.innermostReclaim().filter(r -> !r.shrinker()).isPresent();
    }

    private static String where(TaskModel t) {
        return t.innermostReclaim().map(ReclaimContext::describe).orElse("kswapd");
    }
}
