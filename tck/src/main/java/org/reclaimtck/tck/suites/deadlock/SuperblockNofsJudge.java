package org.reclaimtck.tck.suites.deadlock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reclaimtck.spi.stack.StackPart;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.CaseRun;

/**
 * POLICY-1 on what the kernel traced: per task, the {@code memalloc_save PF_MEMALLOC_NOFS sb=X depth=N} scopes of the
 * per-superblock proposal, its plain NOFS/NOIO scopes, the transactions it holds ({@code A->log}), its direct reclaims
 * and the caller's mask of the request they serve; and every entry into a superblock's shrinker
 * ({@code A super_cache_scan}). The nesting depth of each filesystem comes from the case's own stack, not from the
 * kernel: a filesystem on a loop device over a file of F is one deeper than F.
 */
final class SuperblockNofsJudge {
    private final Map<String, Integer> depths;
    private final Map<String, Deque<String[]>> scopes = new HashMap<>();
    private final Map<String, Map<String, Integer>> transactions = new HashMap<>();
    private final Map<String, Integer> reclaim = new HashMap<>();
    private final Map<String, TraceEvent.AllocRequested> request = new HashMap<>();

    private SuperblockNofsJudge(StackSpec stack) {
        this.depths = depths(stack);
    }

    static void check(CaseRun run, StackSpec stack) {
        find(run.result().trace(), stack).ifPresent(why -> {
            throw run.violation(why);
        });
    }

    /** The first violation of POLICY-1 in {@code trace}, run on {@code stack}. */
    static Optional<String> find(List<TraceEvent> trace, StackSpec stack) {
        SuperblockNofsJudge j = new SuperblockNofsJudge(stack);
        for (TraceEvent e : trace) {
            String why = j.accept(e);
            if (why != null) {
                return Optional.of(why + "\n  " + e.render());
            }
        }
        return Optional.empty();
    }

    /** The nesting depth of every filesystem of {@code stack}. */
    static Map<String, Integer> depths(StackSpec stack) {
        Map<String, Integer> d = new HashMap<>();
        for (StackPart p : stack.parts()) {
            if (p.role() == StackPart.Role.FILE) {
                continue;
            }
            int depth = 0;
            for (String below : p.below()) {
                int colon = below.indexOf(':');
                depth = Math.max(depth, colon > 0 ? d.getOrDefault(below.substring(0, colon), 0) + 1
                        : d.getOrDefault(below, 0));
            }
            d.put(p.name(), depth);
        }
        return d;
    }

    private String accept(TraceEvent e) {
        if (e instanceof TraceEvent.ScopeSaved s) {
            if (s.context() != null && s.context().startsWith("ignored")) {
                return null;
            }
            scopes.computeIfAbsent(s.task(), t -> new ArrayDeque<>()).push(new String[] {s.flag(), s.context()});
        } else if (e instanceof TraceEvent.ScopeRestored r) {
            Iterator<String[]> it = scopes.computeIfAbsent(r.task(), t -> new ArrayDeque<>()).iterator();
            while (it.hasNext()) {
                if (it.next()[0].equals(r.flag())) {
                    it.remove();
                    break;
                }
            }
        } else if (e instanceof TraceEvent.LockAcquired l && l.kind() == LockKind.TRANSACTION) {
            transactions.computeIfAbsent(l.task(), t -> new HashMap<>()).merge(l.lockClass(), 1, Integer::sum);
        } else if (e instanceof TraceEvent.LockReleased l && l.kind() == LockKind.TRANSACTION) {
            transactions.computeIfAbsent(l.task(), t -> new HashMap<>()).merge(l.lockClass(), -1, Integer::sum);
        } else if (e instanceof TraceEvent.AllocRequested a) {
            request.put(a.task(), a);
        } else if (e instanceof TraceEvent.DirectReclaimBegin b) {
            reclaim.merge(b.task(), 1, Integer::sum);
        } else if (e instanceof TraceEvent.DirectReclaimEnd end) {
            reclaim.merge(end.task(), -1, Integer::sum);
        } else if (e instanceof TraceEvent.FsEnter f && f.operation().equals("super_cache_scan")
                && reclaim.getOrDefault(f.task(), 0) > 0) {
            return entry(f.task(), f.superBlock());
        }
        return null;
    }

    /** What is wrong with {@code task}'s reclaim entering {@code sb}'s shrinker, or null. */
    private String entry(String task, String sb) {
        Deque<String[]> open = scopes.getOrDefault(task, new ArrayDeque<>());
        boolean perSb = open.stream().anyMatch(s -> s[1] != null);
        if (!perSb) {
            return null; // no per-superblock scope: SCOPE-3 and FS-3 judge the kernel's NOFS
        }
        String who = task + "'s direct reclaim entered " + sb + " (super_cache_scan, nesting depth "
                + depths.getOrDefault(sb, 0) + ") ";
        TraceEvent.AllocRequested a = request.get(task);
        if (a != null && (!a.callerGfp().allowsFs() || !a.callerGfp().allowsIo())) {
            return who + "for a request whose caller asked " + a.callerGfp() + ": the caller's own NOFS is global";
        }
        for (String[] s : open) {
            if (s[1] == null && ("PF_MEMALLOC_NOFS".equals(s[0]) || "PF_MEMALLOC_NOIO".equals(s[0]))) {
                return who + "inside a " + s[0] + " scope without a superblock: that scope is NOFS for every"
                        + " filesystem";
            }
            if (s[1] == null) {
                continue;
            }
            String scopeSb = value(s[1], "sb");
            int scopeDepth = Integer.parseInt(value(s[1], "depth"));
            if (scopeDepth != depths.getOrDefault(sb, 0)) {
                return who + "inside the per-superblock NOFS scope " + s[1] + ": another nesting depth is NOFS (a"
                        + " filesystem stacked under or over " + scopeSb + " through a loop device can wait on it)";
            }
            if (scopeSb.equals(sb) && transactions.getOrDefault(task, Map.of()).getOrDefault(sb + "->log", 0) > 0) {
                return who + "inside its own per-superblock NOFS scope " + s[1] + " while holding a transaction on "
                        + sb + " (class " + sb + "->log): evicting an inode needs the log space it may hold (S3)";
            }
        }
        return null;
    }

    private static String value(String context, String key) {
        for (String kv : context.split(" ")) {
            if (kv.startsWith(key + "=")) {
                return kv.substring(key.length() + 1);
            }
        }
        return "";
    }
}
