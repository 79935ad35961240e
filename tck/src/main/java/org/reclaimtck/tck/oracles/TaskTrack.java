package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;

/** What the trace says about one task so far: held locks, open memalloc scopes, an allocation in flight, its wait. */
final class TaskTrack {
    final String comm;
    /** Held lock object -> how it is shown, e.g. {@code mutex a (class ab_class)}. */
    final Map<String, String> held = new LinkedHashMap<>();
    final List<String> scopes = new ArrayList<>();
    Gfp allocGfp;
    TraceEvent.WaitBegin waiting;
    boolean exited;

    TaskTrack(String comm) {
        this.comm = comm;
    }

    boolean blocked() {
        return waiting != null && !exited;
    }

    /** {@code PF_MEMALLOC_NOFS gfp=GFP_NOFS}, as WaitEdge's context shows it; empty if none. */
    String context() {
        StringBuilder sb = new StringBuilder(String.join(" ", scopes));
        if (allocGfp != null) {
            sb.append(sb.length() == 0 ? "" : " ").append("gfp=").append(allocGfp);
        }
        return sb.toString();
    }
}
