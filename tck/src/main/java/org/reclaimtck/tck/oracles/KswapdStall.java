package org.reclaimtck.tck.oracles;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * kswapd's longest stay in one shrinker's {@code scan_objects}, past the bound.
 *
 * @param task       kswapd's comm, e.g. {@code kswapd0}
 * @param shrinker   the shrinker, e.g. {@code dm-bufio:bufio0}
 * @param control    its {@code shrink_control}, e.g. {@code gfp_flags=GFP_KERNEL nid=0 nr_to_scan=95}
 * @param nanos      virtual time spent in the call
 * @param stillThere true if the run ended with kswapd still inside the call
 * @param waits      kswapd's first waits inside the call, as the trace showed them at each wait
 * @param moreWaits  how many more waits the call had
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KswapdStall(String task, String shrinker, String control, long nanos, boolean stillThere,
                          List<WaitEdge> waits, int moreWaits) {
    public KswapdStall {
        waits = List.copyOf(waits);
    }

    /** {@code kswapd0 spent 1.920 s in dm-bufio:bufio0 scan_objects(...); it waited for bio ... signalled by loop0, ...}. */
    public String describe() {
        String head = String.format(Locale.ROOT, "%s spent %.3f s in %s scan_objects(%s)%s", task, nanos / 1e9,
                shrinker, control, stillThere ? " and was still there when the run ended" : "");
        if (waits.isEmpty()) {
            return head;
        }
        return head + "; it waited for " + waits.stream().map(KswapdStall::waitText).collect(Collectors.joining(", then "))
                + (moreWaits > 0 ? ", then " + moreWaits + " more" : "");
    }

    private static String waitText(WaitEdge w) {
        return w.kind().label() + " " + w.object() + (w.waitsFor().isEmpty() ? ""
                : (WaitForState.isLock(w.kind()) ? " held by " : " signalled by ") + String.join(", ", w.waitsFor()));
    }
}
