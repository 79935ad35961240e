package org.reclaimtck.ref.vfs;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.task.NofsContext;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * {@code super_cache_scan}'s {@code __GFP_FS} test (K-FS-1) as the per-superblock predicate of the 2020 proposal
 * (Dave Chinner; not in any kernel; {@code gfp-policy:per-sb-nofs}, S8): a mask without {@code __GFP_FS} that came only
 * from per-superblock NOFS scopes lets reclaim into a superblock at the scopes' nesting depth that is not theirs
 * (GFP_KERNEL), keeps it out of one at another depth (NOFS), and asks the filesystem about the scope's own
 * superblock; every open scope must agree. The caller's own GFP_NOFS or GFP_NOIO, and a plain NOFS or NOIO scope, stay
 * NOFS for every filesystem. Each decision is traced ({@link TraceEvent.NofsSuperDecision}), so the kit judges it.
 */
final class SuperblockNofs {
    private SuperblockNofs() {
    }

    /** True if {@code super_cache_scan} of {@code sb} may proceed with the scoped mask {@code gfp}. */
    static boolean mayEnter(SimRuntime rt, VfsSuper sb, Gfp gfp) {
        if (gfp.allowsFs()) {
            return true;
        }
        if (!rt.gfpContext().perSuperblockNofs()) {
            return false;
        }
        SimTask me = rt.current();
        List<NofsContext> scopes = me.nofsContexts();
        if (scopes.isEmpty()) {
            return false;
        }
        String reason = globalReason(me);
        boolean enter = reason == null;
        if (enter) {
            for (NofsContext c : scopes) {
                if (c.depth() != sb.stackDepth() && rt.gfpContext().nestingDepthIsNofs()) {
                    enter = false;
                    reason = "different depth: scope " + c + ", " + sb.id() + " at depth " + sb.stackDepth();
                    break;
                }
                if (c.superBlock().equals(sb.id())) {
                    boolean safe = sb.nofsReclaimSafe();
                    reason = "same superblock, " + sb.id() + " says " + (safe ? "safe" : "unsafe");
                    if (!safe) {
                        enter = false;
                        break;
                    }
                } else if (reason == null) {
                    reason = "different superblock at depth " + c.depth();
                }
            }
        }
        List<String> names = new ArrayList<>();
        scopes.forEach(c -> names.add(c.toString()));
        rt.trace(new TraceEvent.NofsSuperDecision(rt.clock().nanos(), me.comm(), sb.id(), sb.stackDepth(), names,
                enter, reason));
        return enter;
    }

    /** Why the mask is NOFS for every filesystem, or null if only per-superblock scopes cleared {@code __GFP_FS}. */
    private static String globalReason(SimTask me) {
        Gfp caller = me.allocCallerGfp();
        if (caller == null) {
            return "global NOFS: not an allocation's reclaim";
        }
        if (!caller.allowsFs() || !caller.allowsIo()) {
            return "global NOFS: the caller asked " + caller;
        }
        if (me.globalNofsScope()) {
            return "global NOFS: a NOFS or NOIO scope without a superblock is open";
        }
        return null;
    }
}
