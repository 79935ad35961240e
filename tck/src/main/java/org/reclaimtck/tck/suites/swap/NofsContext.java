package org.reclaimtck.tck.suites.swap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Follows each task's {@code memalloc_*_save} scopes and last request through a trace, to tell whether a direct
 * reclaim was entered for a request in a NOFS context: the caller's mask keeps __GFP_IO, and __GFP_FS is dropped by
 * the mask or a NOFS scope, with no NOIO scope (SWAP-1).
 */
final class NofsContext {
    private final Map<String, TraceEvent.AllocRequested> lastRequest = new HashMap<>();
    private final Map<String, Set<String>> scopes = new HashMap<>();

    /** Feeds one event in trace order. */
    void accept(TraceEvent e) {
        if (e instanceof TraceEvent.ScopeSaved s) {
            scopes.computeIfAbsent(s.task(), t -> new HashSet<>()).add(s.flag());
        } else if (e instanceof TraceEvent.ScopeRestored s) {
            scopes.computeIfAbsent(s.task(), t -> new HashSet<>()).remove(s.flag());
        } else if (e instanceof TraceEvent.AllocRequested a) {
            lastRequest.put(a.task(), a);
        }
    }

    /** The request {@code begin} reclaims for, if it was made in a NOFS context; else null. */
    TraceEvent.AllocRequested nofsRequest(TraceEvent.DirectReclaimBegin begin) {
        TraceEvent.AllocRequested a = lastRequest.get(begin.task());
        return a != null && nofs(a.callerGfp(), scopes.getOrDefault(begin.task(), Set.of())) ? a : null;
    }

    private static boolean nofs(Gfp caller, Set<String> scopes) {
        if (!caller.allowsIo() || scopes.contains("PF_MEMALLOC_NOIO")) {
            return false;
        }
        return !caller.allowsFs() || scopes.contains("PF_MEMALLOC_NOFS");
    }
}
